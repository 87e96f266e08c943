// GET /api/assets/:id/clips – my clips of this video, newest first.
// POST /api/assets/:id/clips – { start, end, format: gif|webp|mp4, width?: 240|320|480|720 }: queue a clip (202).
import { createClip } from '@/lib/clips/create-clip';
import { clipInputSchema } from '@/lib/clips/clips.schemas';
import { listVideoClips } from '@/lib/clips/list-video-clips';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await listVideoClips(user, videoIdParam(params))));

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  return json({ clip: await createClip(user, id, await parseJsonBody(req, clipInputSchema)) }, 202);
});
