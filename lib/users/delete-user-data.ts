// user:delete — removes what Shoebox holds for a user: their queued jobs, derived files, then
// the user row (cascading to libraries, assets, sessions, tokens, keys). Originals in library
// folders are never touched: only storage keys under DATA_DIR are removed. Idempotent.
import { removeObject } from '@/lib/storage/storage';
import { log } from '@/lib/server/log';
import { deleteUserRow, derivedKeysOfUser, removePendingJobsOfUser } from './user-deletion.queries';

export async function deleteUserData(userId: string): Promise<void> {
  const removedJobs = await removePendingJobsOfUser(userId);
  const keys = await derivedKeysOfUser(userId);
  for (const key of keys) await removeObject(key);
  const deleted = await deleteUserRow(userId);
  log.info({ userId, removedJobs, derivedFiles: keys.length, deleted }, 'user deleted');
}
