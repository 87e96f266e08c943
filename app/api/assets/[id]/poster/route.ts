// POST /api/assets/:id/poster – { seconds } (owner only): that frame of the original becomes the video's poster and thumbnail.
import { posterInputSchema } from '@/lib/assets/assets.schemas';
import { setVideoPoster } from '@/lib/assets/set-video-poster';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  const { seconds } = await parseJsonBody(req, posterInputSchema);
  return json(await setVideoPoster(user, id, seconds));
});
