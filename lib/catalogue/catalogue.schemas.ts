// Inputs (zod) and answers of the video catalogue (/videos) and the interaction history
// (/videos/history). The list query is an object that grows: part 2 adds search, filters and
// more sorts as further optional fields, and every caller keeps working.
import { z } from 'zod';

export const VIDEO_PAGE_SIZES = [12, 24, 48, 96] as const;
export type VideoPageSize = (typeof VIDEO_PAGE_SIZES)[number];

/** newest: added to Shoebox (assets.created_at); taken: when it was filmed; title: A to Z. */
export const VIDEO_SORTS = ['newest', 'taken', 'title'] as const;
export type VideoSort = (typeof VIDEO_SORTS)[number];

export const videoListQuerySchema = z.object({
  page: z.coerce.number({ error: 'Give a page number from 1.' }).int('Give a whole page number.').min(1, 'Pages start at 1.').max(1_000_000).default(1),
  pageSize: z.coerce.number().pipe(z.literal(VIDEO_PAGE_SIZES, { error: 'Choose 12, 24, 48 or 96 videos a page.' })).default(24),
  sort: z.enum(VIDEO_SORTS, { error: 'Sort by newest, taken or title.' }).default('newest'),
});
export type VideoListQuery = z.infer<typeof videoListQuerySchema>;

/** One card of the grid: the video and this user's own state of it. */
export interface VideoCard {
  id: string;
  /** The title given to it, else the file name without its extension. */
  title: string;
  fileName: string;
  durationMs: number | null;
  width: number | null;
  height: number | null;
  /** When Shoebox added it (ISO instant). */
  addedAt: string;
  /** Wall clock where it was filmed, no zone: 2024-12-31T23:30:00.000. */
  takenAt: string;
  thumbnailUrl: string | null;
  hasSprite: boolean;
  hasTeaser: boolean;
  /** The sprite's WebVTT (cues `…/sprite#xywh=x,y,w,h`), when made. */
  vttUrl: string | null;
  /** The small muted teaser, when made. */
  teaserUrl: string | null;
  /** Seconds where this user left off, if they did. */
  resumeAt: number | null;
  playCount: number;
  liked: boolean;
  /** 0.5–5 stars in halves, or null. */
  rating: number | null;
}

export interface VideoPage {
  items: VideoCard[];
  /** Every video the user can see (not only this page's). */
  total: number;
  page: number;
  pageSize: VideoPageSize;
}

export const HISTORY_KINDS = ['watched', 'liked', 'rated', 'marked', 'commented'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export const historyQuerySchema = z.object({
  kind: z.enum(['all', ...HISTORY_KINDS], { error: 'Show all, watched, liked, rated, marked or commented.' }).default('all'),
  /** nextCursor of the previous page, as it came. */
  cursor: z.string().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

/** Where a page of history ends: the last entry's time, kind and id (the keyset order). */
export interface HistoryPosition {
  at: Date;
  kind: HistoryKind;
  id: string;
}

export interface HistoryVideo {
  id: string;
  title: string;
  thumbnailUrl: string | null;
  durationMs: number | null;
}

interface HistoryEntryBase {
  /** Unique across kinds (a React key): `<kind>:<id>`. */
  key: string;
  /** When it happened (ISO instant). */
  at: string;
  video: HistoryVideo;
  /** Seconds into the video to open it at (a marker's time), else null. */
  seconds: number | null;
}

export type HistoryEntry = HistoryEntryBase &
  (
    | { kind: 'watched'; viewSeconds: number; playCount: number }
    | { kind: 'liked' }
    | { kind: 'rated'; rating: number }
    | { kind: 'marked'; markerId: string; endSeconds: number | null; title: string | null }
    | { kind: 'commented'; commentId: string; excerpt: string }
  );

export interface HistoryPage {
  entries: HistoryEntry[];
  nextCursor: string | null;
}
