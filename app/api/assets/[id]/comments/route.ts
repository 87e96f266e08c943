// POST /api/assets/:id/comments – { body }: a plain-text comment everyone who can see the video reads.
import { addComment } from '@/lib/interactions/add-comment';
import { commentInputSchema } from '@/lib/interactions/interactions.schemas';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  const { body } = await parseJsonBody(req, commentInputSchema);
  return json(await addComment(user, id, body), 201);
});
