// Jobs declared as data: each task's name, payload schema and scheduling defaults (priority,
// attempts, flags, queue and job key) in one typed list, so enqueueing is type-checked, the
// worker's task list must cover every name, and a worker started with --no-video / --no-ml
// (graphile-worker's forbiddenFlags) never takes a job carrying that flag.
import { ScanTrigger } from '@/lib/server/generated/prisma/enums';
import { z } from 'zod';
import { mailPayloadSchema } from '@/lib/mail/mail.schemas';

/** Lower runs first: user-facing work, then metadata/thumbnails, then video, then ML. */
export const PRIORITY = { userFacing: 0, scan: 5, ingest: 10, videoRequest: 19, video: 20, ml: 30 } as const;

/** A flag names work a worker may refuse: `video` needs ffmpeg/ffprobe, `ml` the models. */
export type JobFlag = 'video' | 'ml';
const none: readonly JobFlag[] = [];

export const scanTriggerSchema = z.enum(ScanTrigger);

export const jobDefinitions = {
  'library:scan': {
    payload: z.object({ libraryId: z.uuid(), trigger: scanTriggerSchema.default('manual') }),
    priority: PRIORITY.scan,
    maxAttempts: 5,
    flags: none,
  },
  'library:schedule-scans': { payload: z.object({}).passthrough(), priority: PRIORITY.scan, maxAttempts: 1, flags: none },
  'asset:ingest': {
    payload: z.object({ assetId: z.uuid() }),
    priority: PRIORITY.ingest,
    maxAttempts: 3,
    flags: none,
    /** Ingesting a video runs ffprobe and ffmpeg: a --no-video worker leaves it to another. */
    videoFlags: ['video'] as readonly JobFlag[],
  },
  /**
   * A photo's motion part as a browser-playable MP4 (lib/assets/make-motion.ts): the video inside
   * a motion photo, or a Live Photo's .MOV beside it. ffprobe/ffmpeg, so flag `video`; queued by
   * the photo's ingest, and by a scan that finds only the Live Photo's video changed or gone.
   */
  'asset:motion': {
    payload: z.object({ assetId: z.uuid() }),
    priority: PRIORITY.ingest,
    maxAttempts: 3,
    flags: ['video'] as readonly JobFlag[],
    videoFlags: ['video'] as readonly JobFlag[],
  },
  /** A video's seek sprite + WebVTT and teasers, after its ingest (lib/assets/make-video-media.ts). */
  'video:media': { payload: z.object({ assetId: z.uuid() }), priority: PRIORITY.video, maxAttempts: 3, flags: ['video'] as readonly JobFlag[] },
  /**
   * A clip a user asked for (lib/clips/make-clip.ts): ffmpeg, so flag `video`; just ahead of
   * video:media, so a person waiting is not stuck behind a collection's backfill. Two attempts:
   * the second only runs after a worker died mid-clip (a clip that failed stays failed).
   */
  'video:clip': { payload: z.object({ clipId: z.uuid() }), priority: PRIORITY.videoRequest, maxAttempts: 2, flags: ['video'] as readonly JobFlag[] },
  /** A video's .nfo sidecar read again after a rescan saw it change (lib/importers/import-nfo-sidecar.ts). */
  'nfo:import': { payload: z.object({ assetId: z.uuid() }), priority: PRIORITY.ingest, maxAttempts: 3, flags: none },
  /**
   * The auto-tagger (lib/importers/run-auto-tag.ts): one new video after its ingest, or a run a
   * user started for a library, a folder or everything (runId: its progress row). After ingest work.
   */
  'organise:auto-tag': {
    payload: z.object({
      userId: z.uuid(),
      libraryId: z.uuid().optional(),
      folder: z.string().max(4096).optional(),
      assetIds: z.array(z.uuid()).max(10_000).optional(),
      runId: z.uuid().optional(),
    }),
    priority: PRIORITY.ingest + 5,
    maxAttempts: 3,
    flags: none,
  },
  /** A video's Stash-compatible perceptual hash and its near-duplicate pairs (lib/duplicates/compute-video-phash.ts). */
  'video:phash': { payload: z.object({ assetId: z.uuid() }), priority: PRIORITY.video, maxAttempts: 3, flags: ['video'] as readonly JobFlag[] },
  /** An asset's ML analysis (lib/ml/analyze-asset.ts): colours, quality, pHash, CLIP, faces. Last of all. */
  'ml:analyze': { payload: z.object({ assetId: z.uuid() }), priority: PRIORITY.ml, maxAttempts: 3, flags: ['ml'] as readonly JobFlag[] },
  /** New vector index files (lib/vectors): nightly, or asked by a process whose delta grew. One at a time (queue). */
  'vectors:rebuild': {
    payload: z.object({ trigger: z.enum(['nightly', 'delta']).default('nightly'), model: z.string().min(1).max(200).optional() }).passthrough(),
    priority: PRIORITY.ml,
    maxAttempts: 2,
    flags: ['ml'] as readonly JobFlag[],
  },
  /** Photo near-duplicate pairs rebuilt from the hashes, per owner (lib/duplicates/regroup-photo-duplicates.ts). */
  'duplicates:group-photos': { payload: z.object({ ownerId: z.uuid().optional() }).passthrough(), priority: PRIORITY.ml, maxAttempts: 2, flags: ['ml'] as readonly JobFlag[] },
  /** Faces into people, per owner (lib/faces/cluster-faces.ts): after analyses (debounced) and by cron; no owner = every owner with new faces. */
  'faces:cluster': { payload: z.object({ ownerId: z.uuid().optional() }), priority: PRIORITY.ml, maxAttempts: 3, flags: ['ml'] as readonly JobFlag[] },
  'mail:send': { payload: mailPayloadSchema, priority: PRIORITY.userFacing, maxAttempts: 8, flags: none },
  'auth:reset-request': { payload: z.object({ email: z.string().max(254) }), priority: PRIORITY.userFacing, maxAttempts: 3, flags: none },
  'user:delete': { payload: z.object({ userId: z.uuid() }), priority: PRIORITY.userFacing, maxAttempts: 5, flags: none },
  'auth:cleanup-tokens': { payload: z.object({}).passthrough(), priority: PRIORITY.scan, maxAttempts: 3, flags: none },
  /** Uploads left unfinished for a day: partial file removed, row marked (lib/uploads). */
  'uploads:cleanup': { payload: z.object({}).passthrough(), priority: PRIORITY.scan, maxAttempts: 3, flags: none },
  'timeline:refresh-counts': { payload: z.object({}).passthrough(), priority: PRIORITY.userFacing, maxAttempts: 3, flags: none },
  /** Similar: every video's tokens and every user's vectors from scratch (nightly; /admin). */
  'similar:rebuild': { payload: z.object({}).passthrough(), priority: PRIORITY.video, maxAttempts: 2, flags: none },
  /** The nightly database backup (lib/backups/run-backup.ts): pg_dump to DATA_DIR/backups, then retention. */
  'db:backup': { payload: z.object({}).passthrough(), priority: PRIORITY.scan, maxAttempts: 2, flags: none },
  /** Places for assets with GPS and none yet, and rows still to look up (lib/places/backfill-places.ts): at worker start when there is work; /admin. */
  'places:backfill': { payload: z.object({}).passthrough(), priority: PRIORITY.ingest, maxAttempts: 3, flags: none },
  /** Similar: the videos marked dirty since, in batches (every minute; answers do it too). */
  'similar:refresh': { payload: z.object({}).passthrough(), priority: PRIORITY.ingest, maxAttempts: 3, flags: none },
} as const;

export type TaskName = keyof typeof jobDefinitions;
export type JobPayload<T extends TaskName> = z.infer<(typeof jobDefinitions)[T]['payload']>;
export type JobInput<T extends TaskName> = z.input<(typeof jobDefinitions)[T]['payload']>;

export interface EnqueueOptions {
  jobKey?: string;
  queueName?: string;
  runAt?: Date;
  /** 'preserve_run_at' keeps the first run time of a keyed job: bursts fold into one run. */
  jobKeyMode?: 'replace' | 'preserve_run_at';
}

/** Each library's scans run in their own queue, one at a time. */
export const LIBRARY_SCAN_QUEUE_PREFIX = 'library-scan:';

/** The job key of a per-asset job: one queued run per asset and task. */
export function assetJobKey(task: 'asset:ingest' | 'asset:motion' | 'video:media' | 'video:phash' | 'ml:analyze', assetId: string): string {
  return `${task}:${assetId}`;
}

/**
 * The queue and job key a task is always enqueued with (enqueue applies them), so repeated
 * requests and a retry fold into one queued run.
 */
export function defaultJobOptions<T extends TaskName>(task: T, payload: JobPayload<T>): EnqueueOptions {
  const p = payload as Record<string, unknown>;
  if (task === 'library:scan') return { queueName: `${LIBRARY_SCAN_QUEUE_PREFIX}${p.libraryId}`, jobKey: `library:scan:${p.libraryId}` };
  if (task === 'asset:ingest' || task === 'asset:motion' || task === 'video:media' || task === 'video:phash' || task === 'ml:analyze') return { jobKey: assetJobKey(task, String(p.assetId)) };
  if (task === 'user:delete') return { jobKey: `user:delete:${p.userId}` };
  if (task === 'video:clip') return { jobKey: `video:clip:${p.clipId}` };
  if (task === 'nfo:import') return { jobKey: `nfo:import:${p.assetId}` };
  if (task === 'organise:auto-tag') {
    const ids = p.assetIds as string[] | undefined;
    if (p.runId) return { jobKey: `organise:auto-tag:run:${p.runId}` };
    if (ids?.length === 1) return { jobKey: `organise:auto-tag:${ids[0]}` };
  }
  if (task === 'similar:rebuild' || task === 'similar:refresh' || task === 'db:backup' || task === 'places:backfill') return { jobKey: task };
  if (task === 'vectors:rebuild') return { queueName: 'vectors', jobKey: `vectors:rebuild:${p.model ?? '*'}` };
  if (task === 'faces:cluster') return { jobKey: p.ownerId ? `faces:cluster:${p.ownerId}` : 'faces:cluster' };
  return {};
}
