// A plain-text comment by anyone who can see the video; everyone who can see it reads it.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { limitReached } from './limit-reached';
import { insertComment } from './interactions.queries';
import type { CommentView } from './interactions.schemas';
import { toCommentView } from './comment-view';

export async function addComment(user: Actor, assetId: string, body: string): Promise<CommentView> {
  await requireAccess(user, 'asset.read', [assetId]);
  const comment = await insertComment(user.id, assetId, body);
  if (!comment) throw limitReached('comment');
  return toCommentView(comment, user.id);
}
