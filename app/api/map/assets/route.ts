// GET /api/map/assets?west&south&east&north&from&to&favourites&people=&cursor&limit – the
// user's geotagged assets in a box (a clicked cluster), newest first, a page at a time.
import { withAuth } from '@/lib/auth/with-auth';
import { listMapAssets } from '@/lib/map/list-map-assets';
import { mapAssetsQuerySchema } from '@/lib/map/map.schemas';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const query = mapAssetsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listMapAssets(user.id, query));
});
