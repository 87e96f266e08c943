// Deletes one of the user's own comments; anyone else's, or one on another video, is not found.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { deleteComment } from './interactions.queries';

export async function removeComment(user: Actor, assetId: string, commentId: string): Promise<void> {
  await requireAccess(user, 'asset.read', [assetId]);
  await requireAccess(user, 'comment.update', [commentId]);
  if (!(await deleteComment(assetId, commentId))) throw notFound('No such comment.');
}
