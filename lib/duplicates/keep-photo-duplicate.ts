// "Keep this one" on a photo group: the group's other photos go to Shoebox's trash (restorable;
// the original files are never touched). Owner only: asset.update on every photo, so another
// user's photo is a 404 and nothing moves. The group's rows are locked first, so of several
// keeps of one group at once (two tabs, a double click) the first decides: a later one naming a
// photo that is already trashed is refused (409) instead of trashing the kept one — exactly one
// photo of the group stays.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { applyBulkAction } from '@/lib/assets/asset-actions.queries';
import { prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { requestCountsRefresh } from '@/lib/timeline/request-counts-refresh';
import { lockGroup } from './photo-duplicates.queries';
import type { KeepPhotoInput } from './photo-duplicates.schemas';

export async function keepPhotoDuplicate(user: Actor, input: KeepPhotoInput): Promise<{ trashed: number }> {
  const ids = [...(await requireAccess(user, 'asset.update', input.ids))];
  const keep = input.keepId.toLowerCase();
  return prisma().$transaction(async (tx) => {
    const open = await lockGroup(tx, ids);
    if (!open.has(keep)) throw new AppError('conflict', 'The photo to keep is already in the trash: this group was decided meanwhile.');
    const trashed = await applyBulkAction(tx, user.id, ids.filter((id) => id !== keep), 'trash');
    await requestCountsRefresh(tx);
    return { trashed };
  }, { maxWait: 20_000, timeout: 20_000 }); // keeps of one group queue on its lock
}
