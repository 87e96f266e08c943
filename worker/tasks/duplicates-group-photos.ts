// duplicates:group-photos — every owner's (or one owner's) photo near-duplicate pairs rebuilt
// from their hashes (lib/duplicates/regroup-photo-duplicates.ts). Nightly, and after a backfill.
import { regroupPhotoDuplicates } from '@/lib/duplicates/regroup-photo-duplicates';
import { log } from '@/lib/server/log';
import { defineTask } from './define-task';

export default defineTask('duplicates:group-photos', async ({ ownerId }) => {
  const result = await regroupPhotoDuplicates(ownerId);
  log.info(result, 'photo duplicates regrouped');
});
