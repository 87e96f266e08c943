// POST /api/assets/:id/finish-points – "finished here" at { seconds }, dated.
import { addFinishPoint } from '@/lib/interactions/add-finish-point';
import { finishPointInputSchema } from '@/lib/interactions/interactions.schemas';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  const { seconds } = await parseJsonBody(req, finishPointInputSchema);
  return json(await addFinishPoint(user, id, seconds), 201);
});
