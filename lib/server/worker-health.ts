// Workers heartbeat into worker_heartbeats. A worker killed with -9 never unlocks its jobs,
// and graphile-worker would wait four hours; the sweeper frees jobs whose locking worker has
// stopped heartbeating, so a live worker takes them up within a minute.
import { prisma } from './db';

export const HEARTBEAT_EVERY_MS = 5_000;
export const STALE_AFTER_SECONDS = 20;

export async function recordHeartbeat(workerIds: string[], hostname: string, pid: number): Promise<void> {
  if (workerIds.length === 0) return;
  await prisma().$executeRaw`
    INSERT INTO worker_heartbeats (worker_id, hostname, pid)
    SELECT id, ${hostname}, ${pid} FROM unnest(${workerIds}::text[]) AS id
    ON CONFLICT (worker_id) DO UPDATE SET last_seen_at = now()`;
}

export async function removeHeartbeats(workerIds: string[]): Promise<void> {
  await prisma().workerHeartbeat.deleteMany({ where: { workerId: { in: workerIds } } });
}

/** Unlocks jobs and queues held by workers that stopped heartbeating; returns their ids. */
export async function releaseJobsOfDeadWorkers(staleAfterSeconds = STALE_AFTER_SECONDS): Promise<string[]> {
  const dead = await prisma().$queryRaw<{ locked_by: string }[]>`
    SELECT DISTINCT j.locked_by FROM graphile_worker.jobs j
    WHERE j.locked_by IS NOT NULL
      AND j.locked_at < now() - make_interval(secs => ${staleAfterSeconds})
      AND NOT EXISTS (
        SELECT 1 FROM worker_heartbeats h
        WHERE h.worker_id = j.locked_by AND h.last_seen_at > now() - make_interval(secs => ${staleAfterSeconds}))`;
  const ids = dead.map((d) => d.locked_by);
  if (ids.length > 0) await prisma().$executeRaw`SELECT graphile_worker.force_unlock_workers(${ids}::text[])`;
  await prisma().$executeRaw`DELETE FROM worker_heartbeats WHERE last_seen_at < now() - interval '1 day'`;
  return ids;
}

export async function lastWorkerHeartbeat(): Promise<Date | null> {
  const latest = await prisma().workerHeartbeat.findFirst({ orderBy: { lastSeenAt: 'desc' }, select: { lastSeenAt: true } });
  return latest?.lastSeenAt ?? null;
}
