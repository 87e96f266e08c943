// What a user does with a video, per user (a household shares videos: one person's like,
// rating, resume point or markers are not another's), and what the video page reads back.
import { z } from 'zod';

/** Most a person may add to one video: generous for real use, a wall against a script filling
 * the database (and the page) with rows. Checked under a per-user, per-video lock, so 200
 * parallel requests cannot slip past. */
export const PER_VIDEO_LIMITS = { marker: 1000, finishPoint: 1000, comment: 500 } as const;
export type LimitedKind = keyof typeof PER_VIDEO_LIMITS;

/** Longest a single play may claim to have been watched (a day): bounds what a client can add. */
export const MAX_PLAY_SECONDS = 86_400;

export const updateInteractionSchema = z
  .object({
    liked: z.boolean(),
    /** 0.5–5 stars in halves; null clears the rating. */
    rating: z.number().min(0.5).max(5).multipleOf(0.5).nullable(),
    favourite: z.boolean(),
    /** When it became a favourite (editable); implies favourite. */
    favouriteAt: z.iso.datetime({ offset: true }),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'Say what to change: liked, rating, favourite or favouriteAt.');
export type UpdateInteractionInput = z.infer<typeof updateInteractionSchema>;

/** A player's periodic report: the play's total watched time so far and where the playhead is. */
export const playReportSchema = z
  .object({
    watchedSeconds: z.number().min(0).max(MAX_PLAY_SECONDS),
    position: z.number().min(0).max(10 * MAX_PLAY_SECONDS),
  })
  .strict();
export type PlayReport = z.infer<typeof playReportSchema>;

export const playParamsSchema = z.object({ id: z.uuid(), playId: z.uuid() });

export const markerInputSchema = z
  .object({
    seconds: z.number().min(0),
    endSeconds: z.number().min(0).nullable().optional(),
    title: z.string().trim().max(200).nullable().optional(),
  })
  .strict()
  .refine((m) => m.endSeconds == null || m.endSeconds > m.seconds, { message: 'The end must come after the start.', path: ['endSeconds'] });
export type MarkerInput = z.infer<typeof markerInputSchema>;

export const finishPointInputSchema = z.object({ seconds: z.number().min(0) }).strict();

export const commentInputSchema = z.object({ body: z.string().trim().min(1, 'Write something first.').max(5000) }).strict();

export const childParamsSchema = z.object({ id: z.uuid(), childId: z.uuid() });

export interface MarkerView {
  id: string;
  seconds: number;
  endSeconds: number | null;
  title: string | null;
  createdAt: string;
}

export interface FinishPointView {
  id: string;
  seconds: number;
  createdAt: string;
}

export interface CommentView {
  id: string;
  body: string;
  author: { id: string; name: string };
  createdAt: string;
  editedAt: string | null;
  mine: boolean;
}

/** Everything the video page shows of the people's interactions with one video. */
export interface VideoInteractions {
  liked: boolean;
  /** How many people (who can see it) like it, this user included. */
  likeCount: number;
  rating: number | null;
  favouriteAt: string | null;
  resumeAt: number | null;
  playCount: number;
  viewSeconds: number;
  lastViewedAt: string | null;
  markers: MarkerView[];
  finishPoints: FinishPointView[];
  comments: CommentView[];
}

/** The answer to a play report: what the user's counters are now. */
export interface PlayReportResult {
  counted: boolean;
  playCount: number;
  viewSeconds: number;
  resumeAt: number | null;
}

// Response schemas (the OpenAPI document, lib/api-docs/videos.api.ts, checks them against the DTOs).

export const markerViewSchema = z
  .object({ id: z.uuid(), seconds: z.number(), endSeconds: z.number().nullable(), title: z.string().nullable(), createdAt: z.iso.datetime() })
  .meta({ id: 'Marker' });

export const finishPointViewSchema = z.object({ id: z.uuid(), seconds: z.number(), createdAt: z.iso.datetime() }).meta({ id: 'FinishPoint' });

export const commentViewSchema = z
  .object({
    id: z.uuid(),
    body: z.string(),
    author: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.iso.datetime(),
    editedAt: z.iso.datetime().nullable(),
    mine: z.boolean(),
  })
  .meta({ id: 'Comment' });

export const videoInteractionsSchema = z
  .object({
    liked: z.boolean(),
    likeCount: z.number().int(),
    rating: z.number().nullable(),
    favouriteAt: z.iso.datetime().nullable(),
    resumeAt: z.number().nullable(),
    playCount: z.number().int(),
    viewSeconds: z.number(),
    lastViewedAt: z.iso.datetime().nullable(),
    markers: z.array(markerViewSchema),
    finishPoints: z.array(finishPointViewSchema),
    comments: z.array(commentViewSchema),
  })
  .meta({ id: 'VideoInteractions' });

export const playReportResultSchema = z.object({ counted: z.boolean(), playCount: z.number().int(), viewSeconds: z.number(), resumeAt: z.number().nullable() });
