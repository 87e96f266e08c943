// Takes items out of an album (the photos stay in their libraries). The owner removes any item;
// a contributor only the items they added: asking to remove someone else's answers 404 for the
// whole request (all or nothing), the same answer a viewer or a stranger gets. An id that is
// not in the album is simply not there any more (no error), like an add of one already there.
import type { Actor } from '@/lib/access/access.schemas';
import { hasAccess, requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { countVisibleItems, deleteAlbumItems, lockAlbum, selectAlbumItemAdders } from './albums.queries';
import type { AlbumItemsChange } from './albums.schemas';

export async function removeAlbumItems(user: Actor, albumId: string, assetIds: string[]): Promise<AlbumItemsChange> {
  await requireAccess(user, 'album.contribute', [albumId]);
  const isOwner = await hasAccess(user, 'album.update', [albumId]);
  const ids = [...new Set(assetIds.map((id) => id.toLowerCase()))];
  return prisma().$transaction(async (tx) => {
    await lockAlbum(tx, albumId);
    const present = await selectAlbumItemAdders(tx, albumId, ids);
    if (!isOwner && present.some((item) => item.added_by !== user.id)) {
      throw notFound(ids.length === 1 ? 'No such photo in this album that you added.' : 'Some of these photos are not ones you added to this album.');
    }
    const changed = present.length === 0 ? 0 : await deleteAlbumItems(tx, albumId, present.map((item) => item.asset_id));
    return { changed, itemCount: await countVisibleItems(tx, user.id, albumId) };
  });
}
