// Inputs (zod) and output DTOs of the month views: buckets, the columnar month, the login
// backdrop's random asset. An asset's own shapes (details, bulk actions) are in lib/assets.
import { z } from 'zod';

/** Which set of assets a timeline screen shows; the same component renders all four. */
export const timelineViewSchema = z.enum(['timeline', 'favourites', 'archive', 'trash']);
export type TimelineView = z.infer<typeof timelineViewSchema>;

export const timelineFilterSchema = z.object({
  view: timelineViewSchema.default('timeline'),
  type: z.enum(['photo', 'video']).optional(),
});
export type TimelineFilter = z.infer<typeof timelineFilterSchema>;

/** Who reads a month view: the user and the libraries shared with them (lib/access's
 * sharedLibraryIdsOf), read once per request so the SQL can plan for exactly those. */
export interface TimelineReader {
  userId: string;
  sharedLibraryIds: readonly string[];
}

export const bucketQuerySchema = timelineFilterSchema.extend({
  // Year 0000 does not exist in PostgreSQL's calendar: refused here, not by the database.
  month: z.string().regex(/^(?!0000)\d{4}-(0[1-9]|1[0-2])$/, 'Use YYYY-MM, from 0001-01.'),
});

export interface TimelineBucketSummary {
  month: string; // YYYY-MM, local wall clock
  photos: number;
  videos: number;
  count: number;
}

/**
 * One month, columnar: index i of every array describes the same asset. Kept compact on the
 * wire because a busy month holds thousands of assets:
 * - ratio: width / height (3 decimals; 1 when unknown)
 * - localSecond: seconds from the month's start, local wall clock (day headers and labels)
 * - type: one character per asset, 'p' photo or 'v' video
 * - favourite: one character per asset, '1' or '0'
 * - fileName: the file's name without its folders (a tile's accessible name)
 */
export interface TimelineBucket {
  month: string;
  count: number;
  id: string[];
  ratio: number[];
  localSecond: number[];
  type: string;
  durationMs: (number | null)[];
  thumbhash: (string | null)[]; // base64
  favourite: string;
  fileName: string[];
}

export interface RandomAsset {
  id: string;
  previewUrl: string;
  thumbhash: string | null;
  colours: { dominant: string; source: 'thumbhash' | 'none' };
}

// Response schemas (the OpenAPI document, lib/api-docs/timeline.api.ts, checks them against the DTOs).

export const timelineBucketsResponseSchema = z
  .object({
    buckets: z.array(z.object({ month: z.string().meta({ description: 'YYYY-MM, local wall clock' }), photos: z.number().int(), videos: z.number().int(), count: z.number().int() })),
  })
  .meta({ id: 'TimelineBuckets' });

/** The wire form of a month (bucket-wire.ts describes each column). */
export const timelineBucketWireSchema = z
  .object({
    month: z.string(),
    count: z.number().int(),
    favouriteIds: z.string().meta({ description: 'The favourites, as 24-character ids like those of the records.' }),
    assets: z.string().meta({
      description:
        "One record per asset, newest first, joined by '/': `<id><ratio>,<localMinute>,<durationMs>,<thumbhash>,<fileName>` — id the UUID's 16 bytes as 24 base64 characters; ratio width / height in hundredths; minutes since the month began (local wall clock); durationMs empty for a photo; thumbhash base64 or empty; the file name last (it may hold commas, never a slash). The fields before the file name hold no comma, so a reader takes them comma by comma, then the file name up to the next slash (base64 may hold slashes: do not split the string on them).",
    }),
  })
  .meta({ id: 'TimelineBucketWire' });

export const randomAssetSchema = z.object({
  id: z.uuid(),
  previewUrl: z.string(),
  thumbhash: z.string().nullable(),
  colours: z.object({ dominant: z.string(), source: z.enum(['thumbhash', 'none']) }),
});
