// The map: clusters of the geotagged photos and videos in view, and the assets of a box.
import { mapAssetsQuerySchema, mapAssetsResponseSchema, mapClustersQuerySchema, mapClustersResponseSchema, type MapAssetsPage, type MapClusters } from '@/lib/map/map.schemas';
import type { Documents } from './documents';
import { type ApiRoutes, json } from './operation';

const clustersDocumented: Documents<typeof mapClustersResponseSchema, MapClusters> = true;
const assetsDocumented: Documents<typeof mapAssetsResponseSchema, MapAssetsPage> = true;
void [clustersDocumented, assetsDocumented];

export const mapRoutes: ApiRoutes = {
  'map/clusters': {
    GET: {
      summary: 'Clusters of the geotagged photos and videos in view',
      description:
        'What the timeline shows this user (their own and shared libraries, not archived) with a place, in the box (west > east: across the antimeridian) at the zoom, grouped within ~60 px. A count of 1 is a single asset.',
      access: 'user',
      query: mapClustersQuerySchema,
      answers: { 200: json('Clusters and single assets.', mapClustersResponseSchema) },
    },
  },
  'map/assets': {
    GET: {
      summary: 'The geotagged assets in a box, newest first, paged',
      description: 'For the grid under the map: pass a clicked cluster’s bounds and the same filters.',
      access: 'user',
      query: mapAssetsQuerySchema,
      answers: { 200: json('One page.', mapAssetsResponseSchema) },
    },
  },
};
