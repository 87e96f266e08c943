// GET /api/assets/:id/subtitles/:track – one subtitle track as WebVTT, for the player's <track>.
import { subtitleTrackParamsSchema } from '@/lib/assets/playback.schemas';
import { serveSubtitleTrack } from '@/lib/assets/serve-subtitle-track';
import { notFound } from '@/lib/server/errors';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string; track: string }>(async ({ params, user }) => {
  const parsed = subtitleTrackParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such subtitle track.');
  return serveSubtitleTrack(user, parsed.data.id, parsed.data.track);
});
