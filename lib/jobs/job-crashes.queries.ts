// The SQL of crash accounting: which jobs a dead worker process held, how often each has
// now been held by a worker that died, and setting aside those that did it twice.
import { prisma } from '@/lib/server/db';

export interface HeldJob {
  id: bigint;
  task: string;
  payload: unknown;
  attempts: number;
  crashes: number;
}

/**
 * Unlocks every job (and queue) held by these graphile-worker ids, counting one crash for
 * each job; returns the jobs with their crash count. Rows are taken FOR UPDATE SKIP LOCKED,
 * so two sweepers releasing the same dead worker count each crash once.
 */
/**
 * Unlocks the jobs the given workers held and counts one crash for each. Jobs at `poison`
 * crashes are failed for good in the same transaction: unlocked and failed in two steps, a
 * restarted worker could take the job between them and crash on it once more (seen in CI).
 */
export async function unlockJobsCountingCrashes(workerIds: string[], poison: { crashes: number; message: string }): Promise<HeldJob[]> {
  if (workerIds.length === 0) return [];
  return prisma().$transaction(async (tx) => {
    const held = await tx.$queryRaw<{ id: bigint; task: string; payload: unknown; attempts: number }[]>`
      SELECT j.id, t.identifier AS task, j.payload, j.attempts
      FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE j.locked_by = ANY(${workerIds}::text[])
      FOR UPDATE OF j SKIP LOCKED`;
    const counts = held.length
      ? await tx.$queryRaw<{ job_id: bigint; crashes: number }[]>`
          INSERT INTO job_crashes (job_id) SELECT unnest(${held.map((h) => h.id)}::bigint[])
          ON CONFLICT (job_id) DO UPDATE SET crashes = job_crashes.crashes + 1, last_crash_at = now()
          RETURNING job_id, crashes`
      : [];
    await tx.$executeRaw`SELECT graphile_worker.force_unlock_workers(${workerIds}::text[])`;
    const poisoned = counts.filter((c) => c.crashes >= poison.crashes).map((c) => c.job_id);
    if (poisoned.length) await tx.$executeRaw`SELECT graphile_worker.permanently_fail_jobs(${poisoned}::bigint[], ${poison.message})`;
    const byId = new Map(counts.map((c) => [String(c.job_id), c.crashes]));
    return held.map((h) => ({ ...h, crashes: byId.get(String(h.id)) ?? 1 }));
  });
}

/** Marks jobs as failed for good in graphile-worker (attempts = max) and forgets their crash counts. */
export async function failJobsForGood(jobIds: bigint[], message: string): Promise<void> {
  if (jobIds.length === 0) return;
  await prisma().$transaction([
    prisma().$executeRaw`SELECT graphile_worker.permanently_fail_jobs(${jobIds}::bigint[], ${message})`,
    prisma().jobCrash.deleteMany({ where: { jobId: { in: jobIds } } }),
  ]);
}

/** Crash counts of jobs that have since finished (or were removed) are no longer needed. */
export async function forgetCrashesOfFinishedJobs(): Promise<void> {
  await prisma().$executeRaw`
    DELETE FROM job_crashes c WHERE NOT EXISTS (SELECT 1 FROM graphile_worker._private_jobs j WHERE j.id = c.job_id)`;
}

/** The graphile-worker ids that one worker process (host + pid) heartbeated under. */
export async function workerIdsOfProcess(hostname: string, pid: number): Promise<string[]> {
  const rows = await prisma().workerHeartbeat.findMany({ where: { hostname, pid }, select: { workerId: true } });
  return rows.map((r) => r.workerId);
}

/** Runs each job no sooner than its time (unlocked jobs only, as graphile-worker requires). */
export async function delayJobs(runAts: { id: bigint; runAt: Date }[]): Promise<void> {
  for (const { id, runAt } of runAts) {
    await prisma().$executeRaw`SELECT graphile_worker.reschedule_jobs(ARRAY[${id}]::bigint[], run_at => ${runAt}::timestamptz)`;
  }
}
