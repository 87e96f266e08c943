// GET /api/assets/:id/interactions – this user's like, rating, favourite, resume point, plays,
//   markers and finish points, the like count, and everyone's comments.
// PATCH /api/assets/:id/interactions – { liked?, rating? (0.5–5 in halves, or null), favourite?, favouriteAt? }.
import { getVideoInteractions } from '@/lib/interactions/get-video-interactions';
import { updateInteractionSchema } from '@/lib/interactions/interactions.schemas';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { updateVideoInteraction } from '@/lib/interactions/update-video-interaction';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await getVideoInteractions(user, videoIdParam(params))));

export const PATCH = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  return json(await updateVideoInteraction(user, id, await parseJsonBody(req, updateInteractionSchema)));
});
