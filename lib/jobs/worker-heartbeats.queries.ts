// Workers heartbeat into worker_heartbeats, with what they run (concurrency, flags). A worker
// killed with -9 never unlocks its jobs, and graphile-worker would wait four hours; the
// sweeper (lib/jobs/release-dead-worker-jobs.ts) frees jobs whose locking worker has stopped
// heartbeating, so a live worker takes them up within a minute.
import { prisma } from '@/lib/server/db';

export const HEARTBEAT_EVERY_MS = 5_000;
export const STALE_AFTER_SECONDS = 20;
/** Heartbeats older than this are no longer listed in health (the sweeper deletes them after a day). */
const LISTED_FOR_SECONDS = 3600;

export interface WorkerProcessInfo {
  hostname: string;
  pid: number;
  concurrency: number;
  /** The flags the worker was started with: no-ml, no-video, no-watch. */
  flags: string[];
}

export async function recordHeartbeat(workerIds: string[], info: WorkerProcessInfo): Promise<void> {
  if (workerIds.length === 0) return;
  await prisma().$executeRaw`
    INSERT INTO worker_heartbeats (worker_id, hostname, pid, concurrency, flags)
    SELECT id, ${info.hostname}, ${info.pid}, ${info.concurrency}, ${info.flags}::text[] FROM unnest(${workerIds}::text[]) AS id
    ON CONFLICT (worker_id) DO UPDATE SET last_seen_at = now()`;
}

export async function removeHeartbeats(workerIds: string[]): Promise<void> {
  await prisma().workerHeartbeat.deleteMany({ where: { workerId: { in: workerIds } } });
}

/** Ids of workers that hold jobs locked for a while without a fresh heartbeat. */
export async function deadWorkerIds(staleAfterSeconds = STALE_AFTER_SECONDS): Promise<string[]> {
  const dead = await prisma().$queryRaw<{ locked_by: string }[]>`
    SELECT DISTINCT j.locked_by FROM graphile_worker.jobs j
    WHERE j.locked_by IS NOT NULL
      AND j.locked_at < now() - make_interval(secs => ${staleAfterSeconds})
      AND NOT EXISTS (
        SELECT 1 FROM worker_heartbeats h
        WHERE h.worker_id = j.locked_by AND h.last_seen_at > now() - make_interval(secs => ${staleAfterSeconds}))`;
  return dead.map((d) => d.locked_by);
}

export async function removeOldHeartbeats(): Promise<void> {
  await prisma().$executeRaw`DELETE FROM worker_heartbeats WHERE last_seen_at < now() - interval '1 day'`;
}

export interface WorkerProcessHealth extends WorkerProcessInfo {
  startedAt: Date;
  lastSeenAt: Date;
  fresh: boolean;
}

/** One entry per worker process (its graphile-worker ids folded together), freshest first. */
export async function listWorkerProcesses(): Promise<WorkerProcessHealth[]> {
  const rows = await prisma().$queryRaw<
    { hostname: string; pid: number; concurrency: number | null; flags: string[] | null; started_at: Date; last_seen_at: Date; fresh: boolean }[]
  >`
    SELECT hostname, pid, max(concurrency) AS concurrency, max(flags) AS flags,
           min(started_at) AS started_at, max(last_seen_at) AS last_seen_at,
           max(last_seen_at) > now() - make_interval(secs => ${STALE_AFTER_SECONDS}) AS fresh
    FROM worker_heartbeats
    WHERE last_seen_at > now() - make_interval(secs => ${LISTED_FOR_SECONDS})
    GROUP BY hostname, pid
    ORDER BY max(last_seen_at) DESC`;
  return rows.map((r) => ({
    hostname: r.hostname,
    pid: r.pid,
    concurrency: r.concurrency ?? 0,
    flags: r.flags ?? [],
    startedAt: r.started_at,
    lastSeenAt: r.last_seen_at,
    fresh: r.fresh,
  }));
}
