// GET /api/map/clusters: the clusters of what this user may see on the map in the box at the
// zoom, with the filters. Two ways (see bench/map.ts for their figures): the in-process
// supercluster index (the default: a world view of a million places answers in milliseconds
// once built) and the SQL grid (no memory held; each request reads the box).
import { timelineReaderOf } from '@/lib/timeline/timeline-reader';
import { clusterIndexFor } from './cluster-cache';
import { buildClusterIndex } from './cluster-index';
import { gridClusters } from './grid-clusters';
import { selectMapPoints, selectMapVersions } from './map.queries';
import type { MapBbox, MapClusters, MapClustersQuery, MapFilters } from './map.schemas';

export type MapMethod = 'index' | 'grid';
export const DEFAULT_MAP_METHOD: MapMethod = 'index';

/** The filters in one stable form: equal filters share one index. */
function filterKey(f: MapFilters): string {
  const people = f.people?.length ? [...f.people].sort().join(',') : '';
  return [f.from ?? '', f.to ?? '', f.favourites ? 'fav' : '', people, people ? f.peopleMode : ''].join('|');
}

/** Clusters from the cached index of this user and filters. A warm request is one query (the
 * versions): the shared libraries are read only to build, since a share that starts or ends
 * moves the places version anyway. */
export async function indexClusters(userId: string, filters: MapFilters, bbox: MapBbox, zoom: number) {
  const v = await selectMapVersions();
  const version = [v.places, filters.favourites ? v.favourites : '', filters.people?.length ? v.faces : ''].join('/');
  const index = await clusterIndexFor(`${userId}|${filterKey(filters)}`, version, async () =>
    buildClusterIndex(await selectMapPoints(await timelineReaderOf(userId), filters)),
  );
  return index.query(bbox, zoom);
}

export async function getMapClusters(userId: string, query: MapClustersQuery, method: MapMethod = DEFAULT_MAP_METHOD): Promise<MapClusters> {
  const { west, south, east, north, zoom, ...filters } = query;
  const bbox = { west, south, east, north };
  const clusters = method === 'index' ? await indexClusters(userId, filters, bbox, zoom) : await gridClusters(await timelineReaderOf(userId), filters, bbox, zoom);
  return { clusters, total: clusters.reduce((sum, c) => sum + c.count, 0) };
}
