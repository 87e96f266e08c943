// Favourite/archive/trash/restore many assets at once. All or nothing: if any id is not one the
// user may act on (or does not exist), lib/access refuses the whole request with 404, the same
// as missing. Favourite and archive are the user's own states, so a library member may set
// them on shared assets; trash and restore change the asset for everyone: the owner's only.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { requestCountsRefresh } from '@/lib/timeline/request-counts-refresh';
import { applyBulkAction } from './asset-actions.queries';
import type { BulkAction } from './assets.schemas';

export async function applyBulkActionForUser(user: Actor, ids: string[], action: BulkAction): Promise<{ updated: number }> {
  const permission = action === 'trash' || action === 'restore' ? 'asset.update' : 'asset.state';
  const allowed = [...(await requireAccess(user, permission, ids))];
  const updated = await prisma().$transaction(async (tx) => {
    const n = await applyBulkAction(tx, user.id, allowed, action);
    await requestCountsRefresh(tx); // the plain timeline's counts change with trash and archive
    return n;
  });
  return { updated };
}
