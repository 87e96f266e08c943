// Previous (newer) and next (older) asset for the viewer's arrows, in the same order and
// view as the grid, crossing month boundaries. A foreign id has no neighbours: 404.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { timelineReaderOf } from '@/lib/timeline/timeline-reader';
import type { TimelineFilter } from '@/lib/timeline/timeline.schemas';
import { selectNeighbour } from './asset-neighbours.queries';
import type { AssetNeighbours } from './assets.schemas';

export async function getAssetNeighbours(user: Actor, assetId: string, filter: TimelineFilter): Promise<AssetNeighbours> {
  await requireAccess(user, 'asset.read', [assetId]);
  const reader = await timelineReaderOf(user.id);
  const [previous, next] = await Promise.all([
    selectNeighbour(reader, filter, assetId, 'newer'),
    selectNeighbour(reader, filter, assetId, 'older'),
  ]);
  return { previous, next };
}
