// GET /api/albums/:id/activity/counts – likes and comments on the album and per item (?assetId= for one), and which I liked.
import { countsQuerySchema } from '@/lib/album-sharing/album-sharing.schemas';
import { countAlbumActivity } from '@/lib/album-sharing/count-album-activity';
import { albumIdParam } from '@/lib/album-sharing/parse-album-params';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = albumIdParam(params);
  const { assetId } = countsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await countAlbumActivity(user, id, assetId));
});
