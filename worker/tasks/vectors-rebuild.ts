// vectors:rebuild — new vector index files (lib/vectors/rebuild-vector-indexes.ts): nightly
// cron, and queued by a process whose delta grew. Progress goes to the log.
import { log } from '@/lib/server/log';
import { rebuildVectorIndexes } from '@/lib/vectors/rebuild-vector-indexes';
import { defineTask } from './define-task';

export default defineTask('vectors:rebuild', async (payload) => {
  let logged = 0;
  const outcomes = await rebuildVectorIndexes(payload, (p) => {
    if (p.added - logged < 100_000) return;
    logged = p.added;
    log.debug(p, 'vector index build');
  });
  log.info({ outcomes }, 'vector indexes rebuilt');
});
