// Inputs (zod) and output DTOs of one asset: its id, derived sizes, bulk actions, the viewer's
// details and neighbours, the owner's edits of its info, a video's poster and frame stills.
import { AssetStatus, AssetType, IngestStatus, TakenAtSource } from '@/lib/server/generated/prisma/enums';
import { z } from 'zod';
import { type AssetPlaceView, assetPlaceSchema } from '@/lib/places/places.schemas';

export const assetIdParamsSchema = z.object({ id: z.uuid() });
export const derivedSizeSchema = z.object({ size: z.enum(['thumb', 'preview']).default('thumb') });
export const teaserSizeSchema = z.object({ size: z.enum(['sm', 'lg']).default('sm') });

export const bulkActionSchema = z.object({
  ids: z.array(z.uuid()).min(1).max(10_000),
  action: z.enum(['favourite', 'unfavourite', 'archive', 'unarchive', 'trash', 'restore']),
});
export type BulkAction = z.infer<typeof bulkActionSchema>['action'];

/** The longest title, description and external link a user may give an asset. */
export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 5000;
export const MAX_EXTERNAL_URL = 2048;

// Only links a browser opens as a web page: javascript:, data:, file:, ftp: and the like are
// refused, so a link rendered from this value can never run script. Stored normalised.
const externalUrlSchema = z
  .string()
  .trim()
  .max(MAX_EXTERNAL_URL)
  .pipe(z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'Only an http:// or https:// address.' })]))
  .transform((v) => (v === '' ? null : new URL(v).href))
  .nullable();

/** Text the owner types: trimmed; empty means none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable();

/** PATCH /api/assets/:id — what the owner may change of an asset's info (never the file). */
export const updateAssetInfoSchema = z
  .object({
    title: optionalText(MAX_TITLE),
    description: optionalText(MAX_DESCRIPTION),
    externalUrl: externalUrlSchema,
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'Say what to change: title, description or externalUrl.');
export type UpdateAssetInfoInput = z.infer<typeof updateAssetInfoSchema>;

/** POST /api/assets/:id/poster — the time of the frame to make the video's poster. */
export const posterInputSchema = z.object({ seconds: z.number().min(0) }).strict();

/** GET /api/assets/:id/frame?t= — the time of the frame to save. */
export const frameQuerySchema = z.object({
  t: z
    .string({ error: 'Say which time: ?t=seconds.' })
    .regex(/^\d{1,7}(\.\d{1,6})?$/, 'Seconds from the start, e.g. 12.5.')
    .transform(Number),
});

export interface PosterResult {
  posterSeconds: number;
  /** The new thumbnail's URL: it changes whenever the poster does (cached copies stay valid). */
  thumbnailUrl: string;
  previewUrl: string;
}

export interface AssetNeighbours {
  previous: string | null; // newer
  next: string | null; // older
}

export interface AssetDetails {
  id: string;
  type: AssetType;
  status: AssetStatus;
  /** failed: no picture could be made from the file; ingestError says why, in plain words. */
  ingestStatus: IngestStatus;
  ingestError: string | null;
  fileName: string;
  relPath: string;
  libraryName: string;
  size: number;
  mime: string | null;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  takenAtLocal: string; // wall clock, no zone: 2024-12-31T23:30:00.000
  takenAtUtc: string | null;
  takenAtSource: TakenAtSource;
  /** The owner set or shifted the date by hand (takenAtSource is then `manual`): when, and the file's own date that "Revert" brings back; null when the date is the file's. */
  dateEdited: DateEdited | null;
  favourite: boolean;
  archived: boolean;
  /** A motion photo or Live Photo: GET /api/assets/:id/motion plays its short video. */
  motion: boolean;
  camera: { make: string | null; model: string | null; lens: string | null } | null;
  exposure: { exposureTime: number | null; fNumber: number | null; iso: number | null; focalLength: number | null } | null;
  gps: { latitude: number; longitude: number } | null;
  /** Where it was taken (lib/places): from the file's GPS, or set by hand (source manual). */
  place: AssetPlaceView | null;
  /** The owner's title (null: show the file name); stored in the database, never in the file. */
  title: string | null;
  description: string | null;
  /** An http(s) link the owner keeps with the asset. */
  externalUrl: string | null;
  /** When Shoebox first saw the file (ISO). */
  addedAt: string;
  /** The folder holding the original on the server: library root + the path's folders. */
  folderPath: string;
  /** The reader may change title, description, link and poster (today: the owner). */
  canEdit: boolean;
  /** Versioned URLs of the thumbnail and preview (they change when a video's poster does); null before ingest made them. */
  thumbnailUrl: string | null;
  previewUrl: string | null;
  /** What ffprobe said of a video, and the owner's poster time (null: the default); null for a photo or a video not ingested yet. */
  video: VideoDetails | null;
}

export interface DateEdited {
  editedAt: string;
  original: { takenAtLocal: string; takenAtUtc: string | null; takenAtSource: TakenAtSource };
}

export interface VideoDetails {
  container: string | null;
  videoCodec: string | null;
  audioCodec: string | null;
  fps: number | null;
  /** Bits per second, the whole file's. */
  bitrate: number | null;
  rotation: number;
  browserPlayable: boolean;
  posterSeconds: number | null;
}

/** One video on its way to preview media, as the admin's progress list shows it. */
export interface VideoMediaProgressItem {
  id: string;
  fileName: string;
  relPath: string;
  libraryName: string;
  durationMs: number | null;
  state: 'running' | 'queued' | 'failed' | 'missing';
  /** Which of sprite, vtt, teaser_sm, teaser_lg exist already. */
  made: string[];
  attempts: number;
  maxAttempts: number;
  /** Since when the running job works on it. */
  startedAt: string | null;
  /** The first line of the last failure (the full report is in Jobs). */
  lastError: string | null;
}

// Response schemas (the OpenAPI document, lib/api-docs/assets.api.ts, checks them against the DTOs).

const num = z.number().nullable();

export const assetDetailsSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(AssetType),
    status: z.enum(AssetStatus),
    ingestStatus: z.enum(IngestStatus),
    ingestError: z.string().nullable(),
    fileName: z.string(),
    relPath: z.string(),
    libraryName: z.string(),
    size: z.number(),
    mime: z.string().nullable(),
    width: num,
    height: num,
    durationMs: num,
    takenAtLocal: z.string().meta({ description: 'Wall clock, no zone: 2024-12-31T23:30:00.000.' }),
    takenAtUtc: z.iso.datetime().nullable(),
    takenAtSource: z.enum(TakenAtSource),
    dateEdited: z
      .object({
        editedAt: z.iso.datetime(),
        original: z.object({ takenAtLocal: z.string(), takenAtUtc: z.iso.datetime().nullable(), takenAtSource: z.enum(TakenAtSource) }),
      })
      .nullable()
      .meta({ description: 'Set or shifted by hand (lib/asset-edits): when, and the file’s own date that Revert brings back; null when the date is the file’s.' }),
    favourite: z.boolean(),
    archived: z.boolean(),
    motion: z.boolean(),
    camera: z.object({ make: z.string().nullable(), model: z.string().nullable(), lens: z.string().nullable() }).nullable(),
    exposure: z.object({ exposureTime: num, fNumber: num, iso: num, focalLength: num }).nullable(),
    gps: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
    place: assetPlaceSchema.nullable(),
    title: z.string().nullable(),
    description: z.string().nullable(),
    externalUrl: z.string().nullable(),
    addedAt: z.iso.datetime(),
    folderPath: z.string(),
    canEdit: z.boolean(),
    thumbnailUrl: z.string().nullable(),
    previewUrl: z.string().nullable(),
    video: z
      .object({
        container: z.string().nullable(),
        videoCodec: z.string().nullable(),
        audioCodec: z.string().nullable(),
        fps: num,
        bitrate: num,
        rotation: z.number(),
        browserPlayable: z.boolean(),
        posterSeconds: num,
      })
      .nullable(),
  })
  .meta({ id: 'AssetDetails' });

export const assetNeighboursSchema = z.object({ previous: z.uuid().nullable().meta({ description: 'The newer one.' }), next: z.uuid().nullable().meta({ description: 'The older one.' }) });

export const videoMediaProgressSchema = z
  .object({
    counts: z.object({
      total: z.number().int().meta({ description: 'Ready, online videos.' }),
      done: z.number().int().meta({ description: 'With all four preview media.' }),
      pending: z.number().int().meta({ description: 'Queued or running, retries included.' }),
      failed: z.number().int().meta({ description: 'Their job ran out of attempts (the reports are in Jobs).' }),
      missing: z.number().int().meta({ description: 'Neither made nor queued.' }),
    }),
    videos: z.array(
      z.object({
        id: z.uuid(),
        fileName: z.string(),
        relPath: z.string(),
        libraryName: z.string(),
        durationMs: z.number().nullable(),
        state: z.enum(['running', 'queued', 'failed', 'missing']),
        made: z.array(z.string()).meta({ description: 'Which of sprite, vtt, teaser_sm, teaser_lg exist already.' }),
        attempts: z.number().int(),
        maxAttempts: z.number().int(),
        startedAt: z.iso.datetime().nullable(),
        lastError: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'VideoMediaProgress' });
