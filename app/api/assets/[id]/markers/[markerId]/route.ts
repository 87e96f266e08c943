// DELETE /api/assets/:id/markers/:markerId – removes one of my markers.
import { childIdParam, videoIdParam } from '@/lib/interactions/parse-video-params';
import { removeMarker } from '@/lib/interactions/remove-marker';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const DELETE = withAuth<{ id: string; markerId: string }>(async ({ params, user }) => {
  await removeMarker(user, videoIdParam(params), childIdParam(params.markerId, 'marker'));
  return json({ ok: true });
});
