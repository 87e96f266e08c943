// What /api/metrics reads from PostgreSQL at scrape time, so every web process reports the
// same figures: graphile-worker's queue, worker heartbeats, and recent ingests. Each stays
// cheap on a big library: the job table holds only unfinished jobs (and is sampled when it is
// huge), heartbeats are a row per worker, and recent ingests are read from an index on
// (kind, created_at) of derived files.
import { prisma } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';

export interface JobStateCount {
  task: string;
  state: (typeof JOB_STATES)[number];
  jobs: number;
}

export const JOB_STATES = ['waiting', 'running', 'scheduled', 'failed'] as const;

export interface QueueFigures {
  counts: JobStateCount[];
  /** False when the counts are estimated from a sample of a very long queue. */
  exact: boolean;
  /** Seconds since the longest-waiting runnable job could have started; 0 with none waiting. */
  oldestWaitingSeconds: number;
}

/**
 * Up to this many unfinished jobs (PostgreSQL's estimate), counts are exact: one pass over the
 * table. Beyond (a first scan of a million photos queues a million ingests; counting them took
 * 1.6 s per scrape on the bench machine), they are scaled up from a sample of SAMPLE_ROWS rows.
 */
const EXACT_UP_TO = 50_000;
const SAMPLE_ROWS = 20_000;

/**
 * Unfinished jobs by task and state: running (locked by a worker), failed (attempts exhausted:
 * graphile-worker keeps it until someone retries or deletes it), scheduled (its time, or its
 * retry's, has not come) and waiting (could run now); and the oldest waiting job's age, exact.
 */
export async function readQueueFigures(): Promise<QueueFigures> {
  const [{ estimate }] = await prisma().$queryRaw<{ estimate: number }[]>`
    SELECT greatest(reltuples, 0)::float8 AS estimate FROM pg_class WHERE oid = 'graphile_worker._private_jobs'::regclass`;
  const percent = estimate > EXACT_UP_TO ? (100 * SAMPLE_ROWS) / estimate : 100;
  const [counts, oldestWaitingSeconds] = await Promise.all([countJobs(percent), oldestWaitingJobSeconds()]);
  return { counts, exact: percent === 100, oldestWaitingSeconds };
}

async function countJobs(percent: number): Promise<JobStateCount[]> {
  const jobs = percent === 100
    ? Prisma.sql`graphile_worker._private_jobs j`
    : Prisma.sql`graphile_worker._private_jobs j TABLESAMPLE SYSTEM (${percent}::float4)`;
  // One row per task, a column per state: grouping by a computed state instead made PostgreSQL
  // sort every row on disk.
  const rows = await prisma().$queryRaw<({ task: string } & Record<JobStateCount['state'], number>)[]>`
    SELECT t.identifier AS task, c.running, c.failed, c.scheduled, c.waiting
    FROM (SELECT j.task_id,
                 count(*) FILTER (WHERE j.locked_at IS NOT NULL)::int AS running,
                 count(*) FILTER (WHERE j.locked_at IS NULL AND j.attempts >= j.max_attempts)::int AS failed,
                 count(*) FILTER (WHERE j.is_available AND j.run_at > now())::int AS scheduled,
                 count(*) FILTER (WHERE j.is_available AND j.run_at <= now())::int AS waiting
          FROM ${jobs} GROUP BY j.task_id) c
    JOIN graphile_worker._private_tasks t ON t.id = c.task_id`;
  return rows.flatMap((row) =>
    JOB_STATES.map((state) => ({ task: row.task, state, jobs: Math.round((row[state] * 100) / percent) })),
  );
}

/**
 * The earliest run_at among runnable jobs, read from graphile-worker's own index on
 * (priority, run_at) of available jobs: one short descent per priority in use (a skip scan),
 * whatever the length of the queue.
 */
async function oldestWaitingJobSeconds(): Promise<number> {
  const [{ seconds }] = await prisma().$queryRaw<{ seconds: number | null }[]>`
    WITH RECURSIVE priorities AS (
      (SELECT priority FROM graphile_worker._private_jobs WHERE is_available ORDER BY priority LIMIT 1)
      UNION ALL
      SELECT (SELECT j.priority FROM graphile_worker._private_jobs j WHERE j.is_available AND j.priority > p.priority ORDER BY j.priority LIMIT 1)
      FROM priorities p WHERE p.priority IS NOT NULL)
    SELECT extract(epoch FROM now() - min(first_run_at))::float8 AS seconds
    FROM (SELECT (SELECT min(j.run_at) FROM graphile_worker._private_jobs j WHERE j.is_available AND j.priority = p.priority) AS first_run_at
          FROM priorities p WHERE p.priority IS NOT NULL) firsts`;
  return Math.max(0, seconds ?? 0);
}

export interface HeartbeatAge {
  workerId: string;
  hostname: string;
  flags: string[];
  ageSeconds: number;
}

/** Seconds since each worker's last heartbeat; workers silent for an hour are gone from the list (as in health). */
export async function readHeartbeatAges(): Promise<HeartbeatAge[]> {
  const rows = await prisma().$queryRaw<{ worker_id: string; hostname: string; flags: string[] | null; age_seconds: number }[]>`
    SELECT worker_id, hostname, flags, extract(epoch FROM now() - last_seen_at)::float8 AS age_seconds
    FROM worker_heartbeats WHERE last_seen_at > now() - interval '1 hour'`;
  return rows.map((r) => ({ workerId: r.worker_id, hostname: r.hostname, flags: r.flags ?? [], ageSeconds: r.age_seconds }));
}

/**
 * Assets ingested in the last `seconds`: an ingest (first or again) writes the asset's thumbnail
 * row and stamps its created_at (lib/assets/assets.queries.ts), so recent thumbnails count them.
 */
export async function countRecentIngests(seconds: number): Promise<number> {
  const rows = await prisma().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM derived WHERE kind = 'thumb' AND created_at > now() - make_interval(secs => ${seconds})`;
  return rows[0].n;
}
