// Deletes a comment: its author's own, or any in the album for the album's owner. Another
// member's comment, or one of another album, is not found.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { deleteAlbumComment } from './album-activity.queries';

export async function removeAlbumComment(actor: Actor, albumId: string, commentId: string): Promise<void> {
  await requireAccess(actor, 'album.read', [albumId]);
  await requireAccess(actor, 'albumComment.delete', [commentId]);
  if (!(await deleteAlbumComment(albumId, commentId))) throw notFound('No such comment.');
}
