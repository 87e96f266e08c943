// Deletes an album (the owner only): its items, members, activity and links go with it; the
// photos and videos themselves are never touched.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { deleteAlbumRow } from './albums.queries';

export async function deleteAlbum(user: Actor, albumId: string): Promise<void> {
  await requireAccess(user, 'album.update', [albumId]);
  await deleteAlbumRow(albumId);
}
