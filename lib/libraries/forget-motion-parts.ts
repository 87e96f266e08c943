// Files that became a Live Photo's video (the photo appeared beside them, or they were scanned
// before Shoebox paired Live Photos) leave the timeline: their asset rows and derived files go,
// the month counts are refreshed, and the files themselves are never touched. The photo shows
// the video as its motion part instead.
import { prisma } from '@/lib/server/db';
import { log } from '@/lib/server/log';
import { removeObject } from '@/lib/storage/storage';
import { requestCountsRefresh } from '@/lib/timeline/request-counts-refresh';
import { deleteMotionPartAssets } from './scan.queries';

export async function forgetMotionPartAssets(ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const storageKeys = await prisma().$transaction(async (tx) => {
    const keys = await deleteMotionPartAssets(tx, ids);
    await requestCountsRefresh(tx);
    return keys;
  });
  // After the commit: a crash here leaves only orphaned derived files, never a row without its file.
  for (const key of storageKeys) {
    await removeObject(key).catch((err: unknown) => log.warn({ key, err }, 'could not remove derived file'));
  }
  return ids.length;
}
