// Previous (newer) and next (older) asset for the viewer's arrows, in the same order and
// view as the grid, crossing month boundaries. A foreign id has no neighbours: 404.
import { notFound } from '@/lib/server/errors';
import { findOriginalForOwner, selectNeighbour } from './timeline.queries';
import type { AssetNeighbours, TimelineFilter } from './timeline.schemas';

export async function getAssetNeighbours(userId: string, assetId: string, filter: TimelineFilter): Promise<AssetNeighbours> {
  if (!(await findOriginalForOwner(userId, assetId))) throw notFound('No such photo.');
  const [previous, next] = await Promise.all([
    selectNeighbour(userId, filter, assetId, 'newer'),
    selectNeighbour(userId, filter, assetId, 'older'),
  ]);
  return { previous, next };
}
