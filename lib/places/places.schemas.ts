// Inputs (zod) and output DTOs of places: a location set by hand (one asset or many), the
// typeahead's cities, the Places page, the backfill's status.
import { z } from 'zod';

/** A place typed or picked: "lat, lng" or a city's position. 0,0 is what broken GPS writes: refused. */
export const locationInputSchema = z
  .object({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  })
  .strict()
  .refine((l) => !(l.latitude === 0 && l.longitude === 0), { message: '0, 0 is not a place (it is what broken GPS writes).', path: ['latitude'] });
export type LocationInput = z.infer<typeof locationInputSchema>;

/** Many assets at once, all or nothing; location null reverts each to its file's place. */
export const bulkLocationSchema = z
  .object({
    ids: z.array(z.uuid()).min(1).max(10_000),
    location: locationInputSchema.nullable(),
  })
  .strict();

export const citySearchSchema = z.object({
  q: z.string().trim().min(1, 'Type part of a city’s name.').max(100),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

export const cityPathSchema = z.object({
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  city: z.string().min(1).max(200),
});

export type PlaceSource = 'exif' | 'manual';

/** Where an asset was taken, as the viewer shows it. */
export interface AssetPlaceView {
  latitude: number;
  longitude: number;
  city: string | null;
  region: string | null;
  countryCode: string | null;
  country: string | null;
  /** manual: set by hand in Shoebox (the file says otherwise, or nothing). */
  source: PlaceSource;
  /** The file's own GPS exists (so "revert" brings a place back rather than removing it). */
  fileHasLocation: boolean;
}

export interface CitySuggestion {
  name: string;
  countryCode: string;
  country: string | null;
  population: number;
  latitude: number;
  longitude: number;
}

export interface PlaceCity {
  city: string;
  count: number;
  coverId: string;
  /** /places/<countryCode>/<city>. */
  href: string;
}

export interface PlaceCountry {
  countryCode: string;
  country: string;
  count: number;
  cities: PlaceCity[];
}

export interface PlacesOverview {
  countries: PlaceCountry[];
}

export interface LocationUpdate {
  updated: number;
}

export interface PlacesBackfillStatus {
  /** Rows still to look up. */
  pending: number;
  /** Files with GPS that have no place row yet. */
  missing: boolean;
  job: { state: 'running' | 'queued' } | null;
}

// Response schemas (lib/api-docs/places.api.ts checks them against the DTOs).

export const assetPlaceSchema = z
  .object({
    latitude: z.number(),
    longitude: z.number(),
    city: z.string().nullable(),
    region: z.string().nullable().meta({ description: 'Always null for now: no offline source of region names.' }),
    countryCode: z.string().nullable(),
    country: z.string().nullable(),
    source: z.enum(['exif', 'manual']),
    fileHasLocation: z.boolean(),
  })
  .meta({ id: 'AssetPlace' });

export const citySuggestionsSchema = z
  .array(z.object({ name: z.string(), countryCode: z.string(), country: z.string().nullable(), population: z.number().int(), latitude: z.number(), longitude: z.number() }))
  .meta({ id: 'CitySuggestions' });

export const placesOverviewSchema = z
  .object({
    countries: z.array(
      z.object({
        countryCode: z.string(),
        country: z.string(),
        count: z.number().int(),
        cities: z.array(z.object({ city: z.string(), count: z.number().int(), coverId: z.uuid(), href: z.string() })),
      }),
    ),
  })
  .meta({ id: 'PlacesOverview' });

export const locationUpdateSchema = z.object({ updated: z.number().int() }).meta({ id: 'LocationUpdate' });

export const placesBackfillStatusSchema = z
  .object({ pending: z.number().int(), missing: z.boolean(), job: z.object({ state: z.enum(['running', 'queued']) }).nullable() })
  .meta({ id: 'PlacesBackfillStatus' });
