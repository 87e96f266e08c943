// Inputs (zod) and answers of the video catalogue (/videos) and the interaction history
// (/videos/history). The list query is an object that grows: part 2 adds search, filters and
// more sorts as further optional fields, and every caller keeps working.
import { z } from 'zod';

export const VIDEO_PAGE_SIZES = [12, 24, 48, 96] as const;
export type VideoPageSize = (typeof VIDEO_PAGE_SIZES)[number];

/** Every sort of the catalogue. newest (= added, newest first) and taken (filmed, newest
 * first) are the names part 1 used; they stay valid. */
export const VIDEO_SORTS = [
  'title', 'added', 'released', 'duration', 'size', 'resolution', 'bitrate', 'rating', 'likes', 'plays',
  'viewTime', 'lastViewed', 'fileName', 'path', 'random', 'newest', 'taken',
] as const;
export type VideoSort = (typeof VIDEO_SORTS)[number];

/** A sort's own direction when none is asked: names and paths A to Z, everything else the
 * largest, newest or best first. */
export const SORT_DEFAULT_DIR: Record<VideoSort, 'asc' | 'desc'> = {
  title: 'asc', fileName: 'asc', path: 'asc', random: 'asc',
  added: 'desc', released: 'desc', duration: 'desc', size: 'desc', resolution: 'desc', bitrate: 'desc', rating: 'desc',
  likes: 'desc', plays: 'desc', viewTime: 'desc', lastViewed: 'desc', newest: 'desc', taken: 'desc',
};

const MAX_IDS = 50;
const uuidList = (what: string) =>
  z
    .string()
    .max(MAX_IDS * 37, `Give at most ${MAX_IDS} ${what}.`)
    .transform((text) => [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(z.uuid({ error: `Give ${what} as ids separated by commas.` })).max(MAX_IDS, `Give at most ${MAX_IDS} ${what}.`));
const flag = (what: string) => z.enum(['true', 'false'], { error: `${what}: say true or false.` }).transform((v) => v === 'true');
const count = (what: string) => z.coerce.number({ error: `${what}: give a whole number.` }).int(`${what}: give a whole number.`).min(0, `${what} cannot be negative.`).max(2_000_000_000, `${what} is too large.`);
const stars = (what: string) =>
  z.coerce.number({ error: `${what}: give 0.5 to 5 stars.` }).min(0.5, `${what}: give 0.5 to 5 stars.`).max(5, `${what}: give 0.5 to 5 stars.`).multipleOf(0.5, `${what}: stars go in halves.`);
const day = (what: string) =>
  z.iso.date({ error: `${what}: give a date as YYYY-MM-DD.` });
const mode = (what: string) => z.enum(['any', 'all'], { error: `${what}: say any or all.` });

/** The catalogue's filters (also those of stats and random). All optional; unknown keys are ignored. */
export const videoFilterSchema = z.object({
  q: z.string().max(200, 'Search for at most 200 characters.').transform((s) => s.trim()).optional(),
  performers: uuidList('performers').optional(),
  performersMode: mode('performersMode').default('any'),
  performersExclude: uuidList('performers').optional(),
  studios: uuidList('studios').optional(),
  studiosExclude: uuidList('studios').optional(),
  tags: uuidList('tags').optional(),
  tagsMode: mode('tagsMode').default('any'),
  tagsExclude: uuidList('tags').optional(),
  cast: z.enum(['solo', 'duo', 'group'], { error: 'Cast: solo, duo or group.' }).optional(),
  ratingMin: stars('ratingMin').optional(),
  ratingMax: stars('ratingMax').optional(),
  liked: flag('liked').optional(),
  favourite: flag('favourite').optional(),
  organised: flag('organised').optional(),
  watched: z.enum(['watched', 'unwatched', 'inProgress'], { error: 'Watched: watched, unwatched or inProgress.' }).optional(),
  playsMin: count('playsMin').optional(),
  playsMax: count('playsMax').optional(),
  viewMin: count('viewMin').optional(),
  viewMax: count('viewMax').optional(),
  durationMin: count('durationMin').optional(),
  durationMax: count('durationMax').optional(),
  resolution: z.enum(['720', '1080', '2160'], { error: 'Resolution: 720, 1080 or 2160.' }).transform(Number).optional(),
  addedFrom: day('addedFrom').optional(),
  addedTo: day('addedTo').optional(),
  releasedFrom: day('releasedFrom').optional(),
  releasedTo: day('releasedTo').optional(),
  hasMarkers: flag('hasMarkers').optional(),
  hasChapters: flag('hasChapters').optional(),
  hasComments: flag('hasComments').optional(),
  hasSubtitles: flag('hasSubtitles').optional(),
  library: z.uuid({ error: 'Library: give a library id.' }).optional(),
  /** A folder inside the library: "trips/2024" matches trips/2024/a.mp4, not trips/2024b/a.mp4. */
  folder: z.string().max(1000, 'Folder: at most 1000 characters.').transform((s) => s.replace(/^\/+|\/+$/g, '')).optional(),
});
export type VideoFilter = z.infer<typeof videoFilterSchema>;

const seedSchema = z.coerce.number({ error: 'Seed: give a whole number from 0.' }).int('Seed: give a whole number from 0.').min(0, 'Seed: give a whole number from 0.').max(2_147_483_647, 'Seed is too large.');

export const videoListQuerySchema = videoFilterSchema.extend({
  page: z.coerce.number({ error: 'Give a page number from 1.' }).int('Give a whole page number.').min(1, 'Pages start at 1.').max(1_000_000, 'Give a page number up to 1,000,000.').default(1),
  pageSize: z.coerce.number().pipe(z.literal(VIDEO_PAGE_SIZES, { error: 'Choose 12, 24, 48 or 96 videos a page.' })).default(24),
  sort: z.enum(VIDEO_SORTS, { error: `Sort by one of: ${VIDEO_SORTS.join(', ')}.` }).default('newest'),
  dir: z.enum(['asc', 'desc'], { error: 'Direction: asc or desc.' }).optional(),
  /** Random order only: the same seed gives the same order on every page. */
  seed: seedSchema.optional(),
});
export type VideoListQuery = z.infer<typeof videoListQuerySchema>;

export const randomVideoQuerySchema = videoFilterSchema.extend({ seed: seedSchema.optional() });
export type RandomVideoQuery = z.infer<typeof randomVideoQuerySchema>;

/** One card of the grid: the video and this user's own state of it. */
export interface VideoCard {
  id: string;
  /** The title given to it, else the file name without its extension. */
  title: string;
  fileName: string;
  /** Path inside its library. */
  relPath: string;
  libraryId: string;
  libraryName: string;
  sizeBytes: number;
  /** Bits per second, when probed. */
  bitrate: number | null;
  videoCodec: string | null;
  durationMs: number | null;
  width: number | null;
  height: number | null;
  /** When Shoebox added it (ISO instant). */
  addedAt: string;
  /** Wall clock where it was filmed, no zone: 2024-12-31T23:30:00.000. */
  takenAt: string;
  /** YYYY-MM-DD, when known. */
  releaseDate: string | null;
  studio: { id: string; name: string } | null;
  /** The first five by name. */
  performers: { id: string; name: string }[];
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
  favourite: boolean;
  /** 0.5–5 stars in halves, or null. */
  rating: number | null;
  /** The owner marked it as finished tagging. */
  organised: boolean;
  viewSeconds: number;
  lastViewedAt: string | null;
  /** How many people who can see it liked it. */
  likeCount: number;
}

export interface VideoPage {
  items: VideoCard[];
  /** Every video the user can see (not only this page's). */
  total: number;
  page: number;
  pageSize: VideoPageSize;
  /** The seed of a random order (given, or chosen when none was): pass it back for the next pages. */
  seed?: number;
}

/** GET /api/videos/stats: the current search's totals and its videos per month. */
export interface VideoStats {
  total: number;
  durationMs: number;
  bytes: number;
  /** Videos per month added (UTC), oldest first; months without any are left out. */
  added: { month: string; count: number }[];
  /** Videos per release month, oldest first (videos without a release date are left out). */
  released: { month: string; count: number }[];
}

/** GET /api/videos/dashboard. */
export interface VideoDashboard {
  counts: { videos: number; performers: number; studios: number; tags: number };
  durationMs: number;
  bytes: number;
  /** By this user's plays. */
  mostWatched: VideoCard[];
  /** By likes of everyone who can see the video. */
  mostLiked: VideoCard[];
  recentlyAdded: VideoCard[];
  /** This user's watch time per week (Monday, UTC) of the last 26 weeks, oldest first. */
  watchPerWeek: { week: string; seconds: number }[];
}

export const SPOTLIGHT_REASONS = ['loved-not-watched-lately', 'highly-rated'] as const;
/** GET /api/videos/spotlight. reason: loved-not-watched-lately (rated 4★ or more or liked, not
 * watched in 30 days) or highly-rated (rated 4★ or more, watched lately); null with no video. */
export interface Spotlight {
  video: VideoCard | null;
  reason: (typeof SPOTLIGHT_REASONS)[number] | null;
}

/** GET /api/videos/random. */
export interface RandomVideo {
  video: VideoCard | null;
  seed: number;
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

// Response schemas (the OpenAPI document, lib/api-docs/videos.api.ts, checks them against the DTOs).

const ref = z.object({ id: z.uuid(), name: z.string() });

export const videoCardSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    fileName: z.string(),
    relPath: z.string(),
    libraryId: z.uuid(),
    libraryName: z.string(),
    sizeBytes: z.number(),
    bitrate: z.number().nullable(),
    videoCodec: z.string().nullable(),
    durationMs: z.number().nullable(),
    width: z.number().nullable(),
    height: z.number().nullable(),
    addedAt: z.iso.datetime(),
    takenAt: z.string().meta({ description: 'Wall clock where it was filmed, no zone: 2024-12-31T23:30:00.000.' }),
    releaseDate: z.string().nullable(),
    studio: ref.nullable(),
    performers: z.array(ref),
    thumbnailUrl: z.string().nullable(),
    hasSprite: z.boolean(),
    hasTeaser: z.boolean(),
    vttUrl: z.string().nullable(),
    teaserUrl: z.string().nullable(),
    resumeAt: z.number().nullable(),
    playCount: z.number().int(),
    liked: z.boolean(),
    favourite: z.boolean(),
    rating: z.number().nullable(),
    organised: z.boolean(),
    viewSeconds: z.number(),
    lastViewedAt: z.iso.datetime().nullable(),
    likeCount: z.number().int(),
  })
  .meta({ id: 'VideoCard' });

export const videoPageSchema = z
  .object({
    items: z.array(videoCardSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.literal(VIDEO_PAGE_SIZES),
    seed: z.number().int().optional(),
  })
  .meta({ id: 'VideoPage' });

const historyBase = {
  key: z.string(),
  at: z.iso.datetime(),
  video: z.object({ id: z.uuid(), title: z.string(), thumbnailUrl: z.string().nullable(), durationMs: z.number().nullable() }),
  seconds: z.number().nullable(),
};

export const historyPageSchema = z
  .object({
    entries: z.array(
      z.discriminatedUnion('kind', [
        z.object({ ...historyBase, kind: z.literal('watched'), viewSeconds: z.number(), playCount: z.number().int() }),
        z.object({ ...historyBase, kind: z.literal('liked') }),
        z.object({ ...historyBase, kind: z.literal('rated'), rating: z.number() }),
        z.object({ ...historyBase, kind: z.literal('marked'), markerId: z.uuid(), endSeconds: z.number().nullable(), title: z.string().nullable() }),
        z.object({ ...historyBase, kind: z.literal('commented'), commentId: z.uuid(), excerpt: z.string() }),
      ]),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'VideoHistoryPage' });

const month = z.object({ month: z.string(), count: z.number().int() });

export const videoStatsSchema = z
  .object({ total: z.number().int(), durationMs: z.number(), bytes: z.number(), added: z.array(month), released: z.array(month) })
  .meta({ id: 'VideoStats' });

export const videoDashboardSchema = z
  .object({
    counts: z.object({ videos: z.number().int(), performers: z.number().int(), studios: z.number().int(), tags: z.number().int() }),
    durationMs: z.number(),
    bytes: z.number(),
    mostWatched: z.array(videoCardSchema),
    mostLiked: z.array(videoCardSchema),
    recentlyAdded: z.array(videoCardSchema),
    watchPerWeek: z.array(z.object({ week: z.string(), seconds: z.number() })),
  })
  .meta({ id: 'VideoDashboard' });

export const spotlightSchema = z.object({ video: videoCardSchema.nullable(), reason: z.enum(SPOTLIGHT_REASONS).nullable() });

export const randomVideoSchema = z.object({ video: videoCardSchema.nullable(), seed: z.number().int() });
