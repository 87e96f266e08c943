// A plain-text comment by anyone who can see the video; everyone who can see it reads it.
import type { Actor } from '@/lib/access/access.schemas';
import { resolveFirstCopy } from '@/lib/duplicates/resolve-first-copy';
import { limitReached } from './limit-reached';
import { insertComment } from './interactions.queries';
import type { CommentView } from './interactions.schemas';
import { toCommentView } from './comment-view';

export async function addComment(user: Actor, askedId: string, body: string): Promise<CommentView> {
  const assetId = await resolveFirstCopy(user, askedId); // a copy's interactions live on its first copy
  const comment = await insertComment(user.id, assetId, body);
  if (!comment) throw limitReached('comment');
  return toCommentView(comment, user.id);
}
