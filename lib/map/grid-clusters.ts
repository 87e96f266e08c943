// Clusters by SQL: the visible places in the box grouped by a cell of the zoom's Web Mercator
// grid, CELL_PX pixels square on Leaflet's 256-pixel tiles. Nothing is held in memory, but
// every request reads each place in the box: fine for a city, a scan of everything for the world.
import { selectGridClusters } from './map.queries';
import type { MapBbox, MapCluster, MapFilters } from './map.schemas';
import type { TimelineReader } from '@/lib/timeline/timeline.schemas';

const CELL_PX = 64;

export async function gridClusters(reader: TimelineReader, filters: MapFilters, bbox: MapBbox, zoom: number): Promise<MapCluster[]> {
  const cellsPerSide = (2 ** zoom * 256) / CELL_PX;
  const rows = await selectGridClusters(reader, filters, bbox, cellsPerSide);
  return rows.map((r) => ({
    lat: r.count === 1 ? r.south : r.lat,
    lng: r.count === 1 ? r.west : r.lng,
    count: r.count,
    assetId: r.asset_id,
    bounds: { west: r.west, south: r.south, east: r.east, north: r.north },
  }));
}
