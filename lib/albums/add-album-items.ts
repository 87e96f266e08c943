// Adds items to an album: the user may contribute to it (owner, contributor) and read every
// asset (all or nothing). An item already there is left as it is (no error, no second row —
// also when parallel requests add the same items: ON CONFLICT under the album's lock).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { countVisibleItems, insertAlbumItems, lockAlbum } from './albums.queries';
import type { AlbumItemsChange } from './albums.schemas';

export async function addAlbumItems(user: Actor, albumId: string, assetIds: string[]): Promise<AlbumItemsChange> {
  await requireAccess(user, 'album.contribute', [albumId]);
  const ids = [...(await requireAccess(user, 'asset.read', assetIds))];
  return prisma().$transaction(async (tx) => {
    await lockAlbum(tx, albumId);
    const changed = await insertAlbumItems(tx, albumId, user.id, ids);
    return { changed, itemCount: await countVisibleItems(tx, user.id, albumId) };
  });
}
