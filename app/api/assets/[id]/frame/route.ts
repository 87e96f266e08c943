// GET /api/assets/:id/frame?t=seconds – the original's frame at t, full size, as a JPEG download.
import { frameQuerySchema } from '@/lib/assets/assets.schemas';
import { serveVideoFrame } from '@/lib/assets/serve-video-frame';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  const { t } = frameQuerySchema.parse({ t: new URL(req.url).searchParams.get('t') ?? undefined });
  return serveVideoFrame(req, user, id, t);
});
