// GET /api/assets/:id/stream – the video for the player: the file itself (Range) when the browser
// plays it, else a remux or transcode to fragmented MP4 from ?start= seconds (x-shoebox-playback).
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { streamQuerySchema } from '@/lib/assets/playback.schemas';
import { streamVideo } from '@/lib/assets/stream-video';
import { notFound } from '@/lib/server/errors';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such video.');
  const query = streamQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return streamVideo(req, user, parsed.data.id, query);
});
