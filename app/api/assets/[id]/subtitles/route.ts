// GET /api/assets/:id/subtitles – the video's subtitle tracks (text streams inside it and .srt/.vtt beside it).
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { listSubtitleTracks } from '@/lib/assets/list-subtitle-tracks';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such video.');
  return json({ tracks: await listSubtitleTracks(user, parsed.data.id) });
});
