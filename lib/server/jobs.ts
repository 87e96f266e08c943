// Jobs declared as data: each task's name, payload schema and scheduling defaults in one
// typed list, so enqueueing is type-checked and the worker refuses unknown names.
// Enqueue happens in SQL inside the caller's transaction, next to the rows it concerns.
import { z } from 'zod';
import { mailPayloadSchema } from '@/lib/mail/mail.schemas';
import type { Db, Prisma } from './db';

/** Lower runs first: user-facing work, then metadata/thumbnails, then video, then ML. */
export const PRIORITY = { userFacing: 0, scan: 5, ingest: 10, video: 20, ml: 30 } as const;

export const scanTriggerSchema = z.enum(['initial', 'manual', 'schedule', 'watch', 'cli']);

export const jobDefinitions = {
  'library:scan': {
    payload: z.object({ libraryId: z.uuid(), trigger: scanTriggerSchema.default('manual') }),
    priority: PRIORITY.scan,
    maxAttempts: 5,
  },
  'library:schedule-scans': { payload: z.object({}).passthrough(), priority: PRIORITY.scan, maxAttempts: 1 },
  'asset:ingest': { payload: z.object({ assetId: z.uuid() }), priority: PRIORITY.ingest, maxAttempts: 3 },
  'mail:send': { payload: mailPayloadSchema, priority: PRIORITY.userFacing, maxAttempts: 8 },
  'auth:reset-request': { payload: z.object({ email: z.string().max(254) }), priority: PRIORITY.userFacing, maxAttempts: 3 },
  'user:delete': { payload: z.object({ userId: z.uuid() }), priority: PRIORITY.userFacing, maxAttempts: 5 },
  'auth:cleanup-tokens': { payload: z.object({}).passthrough(), priority: PRIORITY.scan, maxAttempts: 3 },
  'timeline:refresh-counts': { payload: z.object({}).passthrough(), priority: PRIORITY.userFacing, maxAttempts: 3 },
} as const;

export type TaskName = keyof typeof jobDefinitions;
export type JobPayload<T extends TaskName> = z.infer<(typeof jobDefinitions)[T]['payload']>;
export type JobInput<T extends TaskName> = z.input<(typeof jobDefinitions)[T]['payload']>;
export const taskNames = Object.keys(jobDefinitions) as TaskName[];

export interface EnqueueOptions {
  jobKey?: string;
  queueName?: string;
  runAt?: Date;
  /** 'preserve_run_at' keeps the first run time of a keyed job: bursts fold into one run. */
  jobKeyMode?: 'replace' | 'preserve_run_at';
}

type SqlRunner = Pick<Db, '$executeRaw'> | Prisma.TransactionClient;

export async function enqueue<T extends TaskName>(
  tx: SqlRunner,
  task: T,
  payload: JobInput<T>,
  options: EnqueueOptions = {},
): Promise<void> {
  const def = jobDefinitions[task];
  const body = JSON.stringify(def.payload.parse(payload));
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${task}::text, ${body}::json, ${options.queueName ?? null}::text, ${options.runAt ?? null}::timestamptz,
    ${def.maxAttempts}::int, ${options.jobKey ?? null}::text, ${def.priority}::int, NULL::text[],
    ${options.jobKeyMode ?? 'replace'}::text)`;
}

/** The queue and job key a task is always enqueued with, so a retry folds into a queued run. */
export function defaultJobOptions<T extends TaskName>(task: T, payload: JobPayload<T>): EnqueueOptions {
  const p = payload as Record<string, unknown>;
  if (task === 'library:scan') return { queueName: `library-scan:${p.libraryId}`, jobKey: `library:scan:${p.libraryId}` };
  if (task === 'asset:ingest') return { jobKey: `asset:ingest:${p.assetId}` };
  return {};
}

/** Many per-asset jobs in one statement, de-duplicated by job_key `<task>:<assetId>`. */
export async function enqueueAssetJobs(tx: SqlRunner, task: 'asset:ingest', assetIds: string[]): Promise<void> {
  if (assetIds.length === 0) return;
  const def = jobDefinitions[task];
  await tx.$executeRaw`SELECT graphile_worker.add_jobs(ARRAY(
    SELECT ROW(${task}::text, json_build_object('assetId', id), NULL, NULL, ${def.maxAttempts}::int,
               ${task}::text || ':' || id, ${def.priority}::int, NULL)::graphile_worker.job_spec
    FROM unnest(${assetIds}::uuid[]) AS id))`;
}
