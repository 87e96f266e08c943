// Favourite/archive/trash/restore many assets at once. All or nothing: if any id is not the
// user's (or does not exist), nothing changes and the answer is 404, the same as missing.
import { prisma } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { requestCountsRefresh } from './request-counts-refresh';
import { applyBulkAction, countOwnedAssets } from './timeline.queries';
import type { BulkAction } from './timeline.schemas';

export async function applyBulkActionForUser(userId: string, ids: string[], action: BulkAction): Promise<{ updated: number }> {
  const unique = [...new Set(ids)];
  if ((await countOwnedAssets(userId, unique)) !== unique.length) throw notFound('Some of these photos do not exist.');
  const updated = await prisma().$transaction(async (tx) => {
    const n = await applyBulkAction(tx, userId, unique, action);
    await requestCountsRefresh(tx); // the plain timeline's counts change with trash and archive
    return n;
  });
  return { updated };
}
