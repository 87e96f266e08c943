// Inputs and answers of photo duplicates: groups of one owner's photos that look alike (pHash
// within the calibrated distance) or are the same file (checksum).
import { z } from 'zod';

const uuid = z.uuid({ error: 'Not a photo id.' });
const groupIds = z
  .array(uuid)
  .min(2, 'A group has at least two photos.')
  .max(50, 'At most 50 photos at once.')
  .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, 'A photo is named twice.');

export const keepPhotoSchema = z
  .strictObject({ keepId: uuid, ids: groupIds })
  .refine((v) => v.ids.some((id) => id.toLowerCase() === v.keepId.toLowerCase()), { message: 'The photo to keep must be one of the group.', path: ['keepId'] });
export type KeepPhotoInput = z.infer<typeof keepPhotoSchema>;

export const photoNotDuplicatesSchema = z.strictObject({ ids: groupIds });
export type PhotoNotDuplicatesInput = z.infer<typeof photoNotDuplicatesSchema>;

export interface DuplicatePhoto {
  id: string;
  fileName: string;
  width: number | null;
  height: number | null;
  size: number;
  /** Wall-clock time it was taken, ISO without zone. */
  takenAt: string | null;
  /** analyses.quality 0–100, null until analysed. */
  quality: number | null;
  thumbnailUrl: string | null;
}

export interface PhotoDuplicateGroup {
  /** 'exact': every photo is the same file (checksum); 'similar': pHashes within the threshold. */
  kind: 'exact' | 'similar';
  /** Largest distance of a pair in the group (0 for exact copies). */
  distance: number;
  /** Highest quality, then most pixels, then largest file. */
  suggestedId: string;
  photos: DuplicatePhoto[];
}

export interface PhotoDuplicateGroups {
  threshold: number;
  groups: PhotoDuplicateGroup[];
}

/** What keeping one of a group answers: how many of the others moved to the trash. */
export interface TrashedCount {
  trashed: number;
}

// Response schemas (the OpenAPI document, lib/api-docs/duplicates.api.ts, checks them against the DTOs).

export const trashedCountSchema = z.object({ trashed: z.number().int() }).meta({ id: 'TrashedCount' });

const duplicatePhotoSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  size: z.number().int(),
  takenAt: z.string().nullable().meta({ description: 'Wall-clock time it was taken, ISO 8601 without a zone.' }),
  quality: z.number().nullable().meta({ description: 'Quality 0–100; null until analysed.' }),
  thumbnailUrl: z.string().nullable(),
});

export const photoDuplicateGroupsSchema = z
  .object({
    threshold: z.number().int(),
    groups: z.array(
      z.object({
        kind: z.enum(['exact', 'similar']),
        distance: z.number().int(),
        suggestedId: z.uuid(),
        photos: z.array(duplicatePhotoSchema),
      }),
    ),
  })
  .meta({ id: 'PhotoDuplicateGroups' });
