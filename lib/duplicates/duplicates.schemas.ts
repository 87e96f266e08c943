// Inputs and answers of duplicates: a video's copies (same file in several places) and pairs
// of near-duplicate videos by perceptual hash.
import { z } from 'zod';

/** Stash's accuracy levels, as the most bits two hashes may differ in. */
export const DUPLICATE_DISTANCES = [0, 4, 8, 10] as const;
export const DUPLICATE_DISTANCE_LABELS: Record<(typeof DUPLICATE_DISTANCES)[number], string> = { 0: 'Exact', 4: 'High', 8: 'Medium', 10: 'Low' };

export const duplicatesQuerySchema = z.strictObject({
  distance: z.coerce
    .number({ error: 'distance must be 0, 4, 8 or 10.' })
    .refine((d): d is (typeof DUPLICATE_DISTANCES)[number] => (DUPLICATE_DISTANCES as readonly number[]).includes(d), 'distance must be 0, 4, 8 or 10.')
    .default(4),
});
export type DuplicatesQuery = z.infer<typeof duplicatesQuerySchema>;

const uuid = z.uuid({ error: 'Not a video id.' });

export const keepDuplicateSchema = z.strictObject({
  keepId: uuid,
  trashIds: z.array(uuid).min(1, 'Name at least one video to move to the trash.').max(50, 'At most 50 videos at once.'),
});
export type KeepDuplicateInput = z.infer<typeof keepDuplicateSchema>;

export const notDuplicatesSchema = z.strictObject({
  ids: z.tuple([uuid, uuid], { error: 'Give the two videos of the pair.' }).refine(([a, b]) => a.toLowerCase() !== b.toLowerCase(), 'A video is not a duplicate of itself.'),
});
export type NotDuplicatesInput = z.infer<typeof notDuplicatesSchema>;

export interface VideoCopy {
  id: string;
  libraryId: string;
  libraryName: string;
  relPath: string;
  size: number;
  status: 'online' | 'offline' | 'trashed';
  /** The copy the catalogue shows and interactions attach to. */
  isFirst: boolean;
  /** The video asked about. */
  current: boolean;
}

export interface VideoCopies {
  copies: VideoCopy[];
  /** Stash-compatible perceptual hash, 16 hex digits; null until computed. */
  phash: string | null;
}

export interface DuplicateVideo {
  id: string;
  title: string;
  durationMs: number | null;
  width: number | null;
  height: number | null;
  videoCodec: string | null;
  bitrate: number | null;
  size: number;
  libraryName: string;
  relPath: string;
  addedAt: string;
  thumbnailUrl: string | null;
  phash: string | null;
  /** The user owns it: may keep the other one (moves this to the trash) or keep this one. */
  mine: boolean;
}

export interface DuplicatePair {
  distance: number;
  videos: [DuplicateVideo, DuplicateVideo];
}

export interface DuplicatePairs {
  distance: DuplicatesQuery['distance'];
  pairs: DuplicatePair[];
}

// Response schemas (the OpenAPI document, lib/api-docs/duplicates.api.ts and videos.api.ts, checks them against the DTOs).

export const videoCopiesSchema = z
  .object({
    copies: z.array(
      z.object({
        id: z.uuid(),
        libraryId: z.uuid(),
        libraryName: z.string(),
        relPath: z.string(),
        size: z.number().int(),
        status: z.enum(['online', 'offline', 'trashed']),
        isFirst: z.boolean(),
        current: z.boolean(),
      }),
    ),
    phash: z.string().nullable().meta({ description: 'Stash-compatible perceptual hash, 16 hex digits; null until computed.' }),
  })
  .meta({ id: 'VideoCopies' });

const duplicateVideoSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  durationMs: z.number().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  videoCodec: z.string().nullable(),
  bitrate: z.number().nullable(),
  size: z.number().int(),
  libraryName: z.string(),
  relPath: z.string(),
  addedAt: z.string(),
  thumbnailUrl: z.string().nullable(),
  phash: z.string().nullable(),
  mine: z.boolean(),
});

export const duplicatePairsSchema = z
  .object({
    distance: z.literal(DUPLICATE_DISTANCES),
    // Always the two videos of the pair (a tuple in the DTO; JSON has no tuples, so the check compares arrays).
    pairs: z.array(z.object({ distance: z.number().int(), videos: z.array(duplicateVideoSchema).length(2) })),
  })
  .meta({ id: 'DuplicatePairs' });
