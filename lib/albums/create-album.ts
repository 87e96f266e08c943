// "New album": the album, and the items chosen for it when it was made from a selection — all
// or nothing, like any add (every asset must be one the user can read).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { getAlbum } from './get-album';
import { insertAlbum, insertAlbumItems } from './albums.queries';
import type { AlbumCreate, AlbumView } from './albums.schemas';

export async function createAlbum(user: Actor, input: AlbumCreate): Promise<AlbumView> {
  const assetIds = input.assetIds?.length ? [...(await requireAccess(user, 'asset.read', input.assetIds))] : [];
  const albumId = await prisma().$transaction(async (tx) => {
    const id = await insertAlbum(tx, user.id, input.title, input.description || null);
    if (assetIds.length > 0) await insertAlbumItems(tx, id, user.id, assetIds);
    return id;
  });
  return getAlbum(user, albumId);
}
