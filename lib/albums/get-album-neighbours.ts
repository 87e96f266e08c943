// The viewer's previous and next inside an album (opened as /photos/<id>?album=<albumId>), in
// the album's order among the items this user sees. An item not in the album: 404.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { selectAlbumNeighbours } from './album-items.queries';
import { selectAlbum } from './albums.queries';
import type { AlbumNeighbours } from './albums.schemas';

export async function getAlbumNeighbours(user: Actor, albumId: string, assetId: string): Promise<AlbumNeighbours> {
  await requireAccess(user, 'album.read', [albumId]);
  const album = await selectAlbum(user.id, albumId);
  const around = album && (await selectAlbumNeighbours(user.id, albumId, album.sort_order, assetId.toLowerCase()));
  if (!around) throw notFound('No such photo in this album.');
  return { previous: around.previous, next: around.next };
}
