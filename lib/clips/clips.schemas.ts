// Clips: a time range of a video a user exported as an animated GIF or WebP or an MP4, made by
// the video:clip job and kept as a file only they list, download or delete (docs/videos.md).
import { z } from 'zod';
import { ClipFormat, ClipStatus } from '@/lib/server/generated/prisma/enums';
import { CLIP_WIDTHS } from '@/lib/videos/clip-plan';

/** Clips of one user being made or waiting (a burst of requests queues no more than this). */
export const MAX_ACTIVE_CLIPS = 3;
/** Clips one user may keep (every status): a bound on disk use; delete some to make more. */
export const MAX_STORED_CLIPS = 200;

const seconds = z.number().min(0, 'Choose a time of 0 s or later.').max(1e7);

export const clipInputSchema = z
  .object({
    start: seconds,
    end: seconds,
    format: z.enum(ClipFormat),
    width: z
      .union(CLIP_WIDTHS.map((w) => z.literal(w)) as [z.ZodLiteral<240>, z.ZodLiteral<320>, z.ZodLiteral<480>, z.ZodLiteral<720>], {
        error: `Choose a width of ${CLIP_WIDTHS.join(', ')} px.`,
      })
      .optional(),
  })
  .strict()
  .refine((c) => c.end > c.start, { path: ['end'], message: 'The end must come after the start.' });
export type ClipInput = z.infer<typeof clipInputSchema>;

export const clipStatusSchema = z.enum(ClipStatus);

export interface ClipView {
  id: string;
  assetId: string;
  /** The video's title, else its file name without the extension. */
  videoName: string;
  start: number;
  end: number;
  format: ClipFormat;
  status: ClipStatus;
  /** 0–1 while running; 1 when done. */
  progress: number;
  /** The file's size and picture size once done (an animation may be smaller than asked, to fit its cap). */
  bytes: number | null;
  width: number | null;
  height: number | null;
  /** Why it failed, in words a person can act on. */
  error: string | null;
  /** Where to download it once done (`/api/clips/<id>/file`), else null. */
  fileUrl: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ClipList {
  clips: ClipView[];
}

// Response schemas (the OpenAPI document, lib/api-docs/videos.api.ts, checks them against the DTOs).

export const clipViewSchema = z
  .object({
    id: z.uuid(),
    assetId: z.uuid(),
    videoName: z.string(),
    start: z.number(),
    end: z.number(),
    format: z.enum(ClipFormat),
    status: z.enum(ClipStatus),
    progress: z.number(),
    bytes: z.number().nullable(),
    width: z.number().nullable(),
    height: z.number().nullable(),
    error: z.string().nullable(),
    fileUrl: z.string().nullable(),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Clip' });

export const clipListSchema = z.object({ clips: z.array(clipViewSchema) });
