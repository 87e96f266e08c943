// What /api/metrics reads from PostgreSQL at scrape time, so every web process reports the
// same figures: graphile-worker's queue, worker heartbeats, and recent ingests. Each query is
// cheap on a big library: the job table holds only unfinished jobs, heartbeats are a row per
// worker, and recent ingests are read from an index on (kind, created_at) of derived files.
import { prisma } from '@/lib/server/db';

export interface JobStateCount {
  task: string;
  state: 'waiting' | 'running' | 'scheduled' | 'failed';
  jobs: number;
}

export interface QueueFigures {
  counts: JobStateCount[];
  /** Seconds since the longest-waiting runnable job could have started; 0 with none waiting. */
  oldestWaitingSeconds: number;
}

/**
 * Unfinished jobs by task and state in one pass: running (locked by a worker), failed (attempts
 * exhausted: graphile-worker keeps it until someone retries or deletes it), scheduled (its time,
 * or its retry's, has not come) and waiting (could run now).
 */
export async function readQueueFigures(): Promise<QueueFigures> {
  const rows = await prisma().$queryRaw<{ task: string; state: JobStateCount['state']; jobs: number; oldest_waiting_seconds: number | null }[]>`
    WITH classified AS (
      SELECT j.task_id, j.run_at,
             CASE WHEN j.locked_at IS NOT NULL THEN 'running'
                  WHEN j.attempts >= j.max_attempts THEN 'failed'
                  WHEN j.run_at > now() THEN 'scheduled'
                  ELSE 'waiting' END AS state
      FROM graphile_worker._private_jobs j)
    SELECT t.identifier AS task, c.state, count(*)::int AS jobs,
           extract(epoch FROM now() - min(c.run_at) FILTER (WHERE c.state = 'waiting'))::float8 AS oldest_waiting_seconds
    FROM classified c JOIN graphile_worker._private_tasks t ON t.id = c.task_id
    GROUP BY t.identifier, c.state`;
  const oldest = rows.map((r) => r.oldest_waiting_seconds ?? 0);
  return {
    counts: rows.map(({ task, state, jobs }) => ({ task, state, jobs })),
    oldestWaitingSeconds: Math.max(0, ...oldest),
  };
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
