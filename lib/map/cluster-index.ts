// Clusters from an in-process supercluster index over every visible place of one reader and
// filter set (built from selectMapPoints' records). Each cluster carries, through supercluster's
// map/reduce, its newest asset (the smallest index: the points come newest first) and the box
// of its points. The ids and positions stay in typed arrays: a million places cost ~40 MB here,
// not a million GeoJSON objects.
import Supercluster from 'supercluster';
import type { MapBbox, MapCluster } from './map.schemas';
import { MAP_MAX_ZOOM } from './map.schemas';

/** Pixels around a cluster's first point that join it, on 256-pixel tiles (Leaflet's). */
export const CLUSTER_RADIUS_PX = 60;
const RECORD_BYTES = 32;

// A type (not an interface): supercluster wants properties indexable by name.
type Reduced = {
  /** Index of the newest point. */
  r: number;
  w: number;
  s: number;
  e: number;
  n: number;
};
/** A point's properties: its index, a number at run time (supercluster passes them through). */
type PointIndex = Record<string, never>;

export interface ClusterIndex {
  size: number;
  query(bbox: MapBbox, zoom: number): MapCluster[];
}

/** 16 bytes of `ids` at `offset` as a UUID string. */
function uuidAt(ids: Uint8Array, offset: number): string {
  const hex = Buffer.from(ids.buffer, ids.byteOffset + offset, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The points as supercluster's load() reads them: it walks its input with for…of (twice) and
 * keeps only each feature's coordinates and `properties` (here the point's index, a number), so
 * one feature object is reused for every point instead of a million being made and dropped.
 */
function reusedFeatures(lat: Float64Array, lng: Float64Array) {
  const coordinates = [0, 0];
  const feature = { type: 'Feature' as const, properties: 0, geometry: { type: 'Point' as const, coordinates } };
  return {
    length: lat.length,
    *[Symbol.iterator]() {
      for (let i = 0; i < lat.length; i++) {
        coordinates[0] = lng[i];
        coordinates[1] = lat[i];
        feature.properties = i;
        yield feature;
      }
    },
  };
}

export function buildClusterIndex(records: Uint8Array): ClusterIndex {
  const size = Math.floor(records.byteLength / RECORD_BYTES);
  const view = new DataView(records.buffer, records.byteOffset, records.byteLength);
  const lat = new Float64Array(size);
  const lng = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    lat[i] = view.getFloat64(i * RECORD_BYTES + 16);
    lng[i] = view.getFloat64(i * RECORD_BYTES + 24);
  }
  const index = new Supercluster<PointIndex, Reduced>({
    radius: CLUSTER_RADIUS_PX,
    extent: 256,
    maxZoom: MAP_MAX_ZOOM,
    map: (props) => {
      const i = props as unknown as number;
      return { r: i, w: lng[i], e: lng[i], s: lat[i], n: lat[i] };
    },
    reduce: (acc, p) => {
      if (p.r < acc.r) acc.r = p.r;
      if (p.w < acc.w) acc.w = p.w;
      if (p.e > acc.e) acc.e = p.e;
      if (p.s < acc.s) acc.s = p.s;
      if (p.n > acc.n) acc.n = p.n;
    },
  });
  index.load(reusedFeatures(lat, lng) as unknown as Parameters<typeof index.load>[0]);

  return {
    size,
    query(bbox, zoom) {
      if (size === 0) return [];
      return index.getClusters([bbox.west, bbox.south, bbox.east, bbox.north], zoom).map((f) => {
        const [x, y] = f.geometry.coordinates;
        const p = f.properties as unknown as number | (Reduced & { point_count: number });
        if (typeof p === 'number') {
          return { lat: lat[p], lng: lng[p], count: 1, assetId: uuidAt(records, p * RECORD_BYTES), bounds: { west: lng[p], south: lat[p], east: lng[p], north: lat[p] } };
        }
        return { lat: y, lng: x, count: p.point_count, assetId: uuidAt(records, p.r * RECORD_BYTES), bounds: { west: p.w, south: p.s, east: p.e, north: p.n } };
      });
    },
  };
}
