// One album as this user sees it (owner and members: album.read).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { toAlbumView } from './album-view';
import { selectAlbum } from './albums.queries';
import type { AlbumView } from './albums.schemas';

export async function getAlbum(user: Actor, albumId: string): Promise<AlbumView> {
  await requireAccess(user, 'album.read', [albumId]);
  const row = await selectAlbum(user.id, albumId);
  if (!row) throw notFound('No such album.');
  return toAlbumView(row);
}
