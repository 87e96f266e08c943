// GET /api/albums/:id/activity – the album's (or one item's, ?assetId=) likes, comments and adds, newest first (?cursor=, ?limit=).
import { activityQuerySchema } from '@/lib/album-sharing/album-sharing.schemas';
import { listAlbumActivity } from '@/lib/album-sharing/list-album-activity';
import { albumIdParam } from '@/lib/album-sharing/parse-album-params';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = albumIdParam(params);
  const query = activityQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listAlbumActivity(user, id, query));
});
