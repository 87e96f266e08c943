// Edits one of the user's own comments; anyone else's, or one on another video, is not found.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { updateComment } from './interactions.queries';
import type { CommentView } from './interactions.schemas';
import { toCommentView } from './comment-view';

export async function editComment(user: Actor, assetId: string, commentId: string, body: string): Promise<CommentView> {
  await requireAccess(user, 'asset.read', [assetId]);
  await requireAccess(user, 'comment.update', [commentId]);
  const comment = await updateComment(assetId, commentId, body);
  if (!comment) throw notFound('No such comment.');
  return toCommentView(comment, user.id);
}
