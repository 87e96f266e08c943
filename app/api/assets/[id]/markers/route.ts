// POST /api/assets/:id/markers – a dated marker at { seconds, endSeconds?, title? } (private to its author).
import { addMarker } from '@/lib/interactions/add-marker';
import { markerInputSchema } from '@/lib/interactions/interactions.schemas';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  return json(await addMarker(user, id, await parseJsonBody(req, markerInputSchema)), 201);
});
