// similar:rebuild — every video's tokens and every user's TF-IDF vectors from scratch
// (nightly cron, and "Rebuild now" in /admin → Jobs). Progress goes to the log.
import { log } from '@/lib/server/log';
import { rebuildSimilar } from '@/lib/similar/rebuild-similar';
import { defineTask } from './define-task';

export default defineTask('similar:rebuild', async () => {
  const result = await rebuildSimilar((p) => log.debug(p, 'similar rebuild'));
  log.info(result, 'similar vectors rebuilt');
});
