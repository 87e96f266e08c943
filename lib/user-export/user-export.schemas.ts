// The file `shoebox export <user>` writes and `shoebox import` reads: one user's own metadata,
// with each asset named by where it lives (library name, path inside the library) and what it
// is (its checksum), never by database id, so it can be read back into another installation
// or a rebuilt database. Version 1. Dates are ISO 8601 instants.
import { z } from 'zod';

export const USER_EXPORT_FORMAT = 'shoebox-user-export';
export const USER_EXPORT_VERSION = 1;

const instant = z.iso.datetime({ offset: true });
const name = z.string().trim().min(1).max(200);

export const exportedStateSchema = z.object({
  favouriteAt: instant.nullable(),
  /** Stars, 0.5–5 in halves. */
  rating: z.number().min(0.5).max(5).multipleOf(0.5).nullable(),
  ratedAt: instant.nullable(),
  likedAt: instant.nullable(),
  lastViewedAt: instant.nullable(),
  viewSeconds: z.number().min(0),
  resumeAt: z.number().min(0).nullable(),
  playCount: z.number().int().min(0),
  archived: z.boolean(),
});

export const exportedMarkerSchema = z.object({
  seconds: z.number().min(0),
  endSeconds: z.number().min(0).nullable(),
  title: z.string().max(500).nullable(),
  createdAt: instant,
});

export const exportedCommentSchema = z.object({ body: z.string().min(1).max(10_000), createdAt: instant, editedAt: instant.nullable() });
export const exportedFinishPointSchema = z.object({ seconds: z.number().min(0), createdAt: instant });

export const exportedAssetSchema = z.object({
  /** The library's name when exported: tells apart two libraries holding the same path. */
  library: z.string(),
  relPath: z.string().min(1).max(4096),
  /** SHA-1 of the file, hex; null when the file was never read (not ingested). */
  checksum: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
  state: exportedStateSchema.nullable(),
  markers: z.array(exportedMarkerSchema),
  comments: z.array(exportedCommentSchema),
  finishPoints: z.array(exportedFinishPointSchema),
  /** Names of the user's own tags on this video. */
  tags: z.array(name),
  /** The user's performers on this video. */
  people: z.array(z.object({ name, role: z.string().max(200).nullable() })),
});

export const exportedTagSchema = z.object({
  name,
  aliases: z.array(z.string().max(200)),
  description: z.string().max(10_000).nullable(),
  parents: z.array(name),
});

export const exportedPersonSchema = z.object({ name, aliases: z.array(z.string().max(200)), description: z.string().max(10_000).nullable() });

export const userExportSchema = z.object({
  format: z.literal(USER_EXPORT_FORMAT),
  version: z.literal(USER_EXPORT_VERSION),
  exportedAt: instant,
  user: z.object({ email: z.string() }),
  tags: z.array(exportedTagSchema),
  people: z.array(exportedPersonSchema),
  savedSearches: z.array(z.object({ name: z.string().min(1).max(200), query: z.string().max(10_000) })),
  assets: z.array(exportedAssetSchema),
});

export type UserExport = z.infer<typeof userExportSchema>;
export type ExportedAsset = z.infer<typeof exportedAssetSchema>;
export type ExportedState = z.infer<typeof exportedStateSchema>;

export interface ImportReport {
  matched: number;
  unmatched: { library: string; relPath: string; reason: 'not found' | 'checksum differs' }[];
}
