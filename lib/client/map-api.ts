// Typed fetchers of the map (lib/map), for components/map.
import type { MapAssetsPage, MapBbox, MapClusters } from '@/lib/map/map.schemas';
import { apiFetch } from './api';

export interface MapFilterValues {
  from: string;
  to: string;
  favourites: boolean;
  people: string[];
}

/** The query string of a box and the filters (empty ones left out). */
export function mapQuery(bbox: MapBbox, filters: MapFilterValues, extra: Record<string, string> = {}): URLSearchParams {
  const q = new URLSearchParams({ west: String(bbox.west), south: String(bbox.south), east: String(bbox.east), north: String(bbox.north), ...extra });
  if (filters.from) q.set('from', filters.from);
  if (filters.to) q.set('to', filters.to);
  if (filters.favourites) q.set('favourites', 'true');
  if (filters.people.length) q.set('people', filters.people.join(','));
  return q;
}

export const mapClustersRequest = (bbox: MapBbox, zoom: number, filters: MapFilterValues, signal?: AbortSignal) =>
  apiFetch<MapClusters>(`/api/map/clusters?${mapQuery(bbox, filters, { zoom: String(zoom) })}`, { signal });

export const mapAssetsRequest = (bbox: MapBbox, filters: MapFilterValues, cursor: string | null, signal?: AbortSignal) =>
  apiFetch<MapAssetsPage>(`/api/map/assets?${mapQuery(bbox, filters, { limit: '60', ...(cursor ? { cursor } : {}) })}`, { signal });

/** Leaflet's view as the API's box: longitudes wrapped into [-180, 180] (west > east across the
 * antimeridian), the whole world once the view is 360° wide, latitudes clamped. */
export function normaliseBbox(west: number, south: number, east: number, north: number): MapBbox {
  const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;
  const clampLat = (lat: number) => Math.max(-90, Math.min(90, lat));
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  if (east - west >= 360) return { west: -180, south: round(clampLat(south)), east: 180, north: round(clampLat(north)) };
  const w = wrap(west);
  let e = wrap(east);
  if (e === -180 && east > west) e = 180;
  return { west: round(w), south: round(clampLat(south)), east: round(e), north: round(clampLat(north)) };
}
