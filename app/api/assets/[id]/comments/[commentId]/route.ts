// PATCH /api/assets/:id/comments/:commentId – { body }: edit my comment.
// DELETE /api/assets/:id/comments/:commentId – delete my comment.
import { editComment } from '@/lib/interactions/edit-comment';
import { commentInputSchema } from '@/lib/interactions/interactions.schemas';
import { childIdParam, videoIdParam } from '@/lib/interactions/parse-video-params';
import { removeComment } from '@/lib/interactions/remove-comment';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

type Params = { id: string; commentId: string };

export const PATCH = withAuth<Params>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  const commentId = childIdParam(params.commentId, 'comment');
  const { body } = await parseJsonBody(req, commentInputSchema);
  return json(await editComment(user, id, commentId, body));
});

export const DELETE = withAuth<Params>(async ({ params, user }) => {
  await removeComment(user, videoIdParam(params), childIdParam(params.commentId, 'comment'));
  return json({ ok: true });
});
