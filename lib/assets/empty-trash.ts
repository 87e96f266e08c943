// Empties the user's trash: Shoebox's records and derived files go, the paths are remembered
// so a rescan does not bring them back, and the original files are never touched.
import { prisma } from '@/lib/server/db';
import { log } from '@/lib/server/log';
import { removeObject } from '@/lib/storage/storage';
import { requestCountsRefresh } from '@/lib/timeline/request-counts-refresh';
import { deleteTrashedAssets } from './asset-actions.queries';

export async function emptyTrash(userId: string): Promise<{ deleted: number }> {
  const { count, storageKeys } = await prisma().$transaction(async (tx) => {
    const result = await deleteTrashedAssets(tx, userId);
    await requestCountsRefresh(tx);
    return result;
  });
  // After the commit: a crash here leaves only orphaned derived files, never a row without its file.
  for (const key of storageKeys) {
    await removeObject(key).catch((err: unknown) => log.warn({ key, err }, 'could not remove derived file'));
  }
  return { deleted: count };
}
