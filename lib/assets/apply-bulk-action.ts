// Favourite/archive/trash/restore many assets at once. All or nothing: if any id is not the
// user's (or does not exist), lib/access refuses the whole request with 404, the same as missing.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { requestCountsRefresh } from '@/lib/timeline/request-counts-refresh';
import { applyBulkAction } from './asset-actions.queries';
import type { BulkAction } from './assets.schemas';

export async function applyBulkActionForUser(user: Actor, ids: string[], action: BulkAction): Promise<{ updated: number }> {
  const allowed = [...(await requireAccess(user, 'asset.update', ids))];
  const updated = await prisma().$transaction(async (tx) => {
    const n = await applyBulkAction(tx, user.id, allowed, action);
    await requestCountsRefresh(tx); // the plain timeline's counts change with trash and archive
    return n;
  });
  return { updated };
}
