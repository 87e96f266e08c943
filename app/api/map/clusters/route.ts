// GET /api/map/clusters?west&south&east&north&zoom&from&to&favourites&people= – the clusters
// (count, newest asset, bounds) of the user's geotagged photos and videos in view.
import { withAuth } from '@/lib/auth/with-auth';
import { getMapClusters } from '@/lib/map/get-map-clusters';
import { mapClustersQuerySchema } from '@/lib/map/map.schemas';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const query = mapClustersQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await getMapClusters(user.id, query));
});
