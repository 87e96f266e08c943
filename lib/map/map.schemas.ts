// The map (/map, GET /api/map/*): a box of the world and a zoom, the filters, and the answers
// (clusters with a count, a representative asset and their bounds; the assets of a box, paged).
import { z } from 'zod';
import { searchFiltersSchema } from '@/lib/search/search.schemas';

const longitude = z.coerce.number({ error: 'A longitude is a number.' }).min(-180, 'Longitudes run from -180 to 180.').max(180, 'Longitudes run from -180 to 180.');
const latitude = z.coerce.number({ error: 'A latitude is a number.' }).min(-90, 'Latitudes run from -90 to 90.').max(90, 'Latitudes run from -90 to 90.');
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The part of the world in view. West greater than east is a box across the antimeridian
 * (from 170 to -170 is 20 degrees wide, over the Pacific). */
const bboxShape = { west: longitude, south: latitude, east: longitude, north: latitude };
const southBelowNorth = (b: { south: number; north: number }) => b.south <= b.north;
const southBelowNorthError = { message: 'The south edge must not be north of the north edge.', path: ['south'] };

/** What the map shows, as /search filters it: taken from/to (local days), favourites only,
 * people (all of them on the photo, or any with peopleMode=any). */
export const mapFiltersSchema = searchFiltersSchema.pick({ from: true, to: true, people: true, peopleMode: true }).extend({
  favourites: flag.optional(),
});
export type MapFilters = z.infer<typeof mapFiltersSchema>;

export interface MapBbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const MAP_MAX_ZOOM = 20;

export const mapClustersQuerySchema = z
  .object({ ...bboxShape, zoom: z.coerce.number({ error: 'A zoom is a whole number.' }).int('A zoom is a whole number.').min(0).max(MAP_MAX_ZOOM) })
  .extend(mapFiltersSchema.shape)
  .refine(southBelowNorth, southBelowNorthError);
export type MapClustersQuery = z.infer<typeof mapClustersQuerySchema>;

export const MAP_ASSETS_PAGE_MAX = 200;

export const mapAssetsQuerySchema = z
  .object({
    ...bboxShape,
    limit: z.coerce.number().int().min(1).max(MAP_ASSETS_PAGE_MAX).default(100),
    /** nextCursor of the page before. */
    cursor: z.string().max(200).optional(),
  })
  .extend(mapFiltersSchema.shape)
  .refine(southBelowNorth, southBelowNorthError);
export type MapAssetsQuery = z.infer<typeof mapAssetsQuerySchema>;

/** A group of nearby assets at this zoom (count 1: a single photo or video at its own place). */
export interface MapCluster {
  lat: number;
  lng: number;
  count: number;
  /** The newest asset of the group, for its thumbnail. */
  assetId: string;
  /** The box that holds every asset of the group: zoom to it, or ask /api/map/assets for it. */
  bounds: MapBbox;
}

export interface MapClusters {
  clusters: MapCluster[];
  /** Assets in the clusters (the box in view). */
  total: number;
}

export interface MapAsset {
  id: string;
  type: 'photo' | 'video';
  width: number;
  height: number;
  thumbhash: string | null;
  fileName: string;
  durationMs: number | null;
  /** Local wall clock, ISO without a zone. */
  takenAtLocal: string;
  lat: number;
  lng: number;
}

export interface MapAssetsPage {
  assets: MapAsset[];
  nextCursor: string | null;
}

// Response schemas (lib/api-docs/map.api.ts ties them to the DTOs above).
const bboxResponseSchema = z.object({ west: z.number(), south: z.number(), east: z.number(), north: z.number() });

export const mapClustersResponseSchema = z
  .object({
    clusters: z.array(
      z.object({
        lat: z.number(),
        lng: z.number(),
        count: z.number().int().meta({ description: '1 for a single asset.' }),
        assetId: z.string().meta({ description: 'The newest asset of the group (its thumbnail).' }),
        bounds: bboxResponseSchema.meta({ description: 'The box holding every asset of the group.' }),
      }),
    ),
    total: z.number().int(),
  })
  .meta({ id: 'MapClusters' });

export const mapAssetsResponseSchema = z
  .object({
    assets: z.array(
      z.object({
        id: z.string(),
        type: z.enum(['photo', 'video']),
        width: z.number().int(),
        height: z.number().int(),
        thumbhash: z.string().nullable(),
        fileName: z.string(),
        durationMs: z.number().int().nullable(),
        takenAtLocal: z.string().meta({ description: 'Local wall clock, ISO without a zone.' }),
        lat: z.number(),
        lng: z.number(),
      }),
    ),
    nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for the next page; null on the last.' }),
  })
  .meta({ id: 'MapAssetsPage' });
