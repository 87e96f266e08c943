// The overview's live half: the job queue, the jobs each worker process holds, and ingest
// throughput. Read from graphile-worker's public `jobs` view and our own tables.
import { prisma } from '@/lib/server/db';

export async function countQueue() {
  const [totals] = await prisma().$queryRaw<{ running: bigint; scheduled: bigint; failed_last_day: bigint }[]>`
    SELECT count(*) FILTER (WHERE locked_at IS NOT NULL) AS running,
           count(*) FILTER (WHERE locked_at IS NULL AND run_at > now() AND attempts < max_attempts) AS scheduled,
           (SELECT count(*) FROM job_failures WHERE created_at > now() - interval '24 hours') AS failed_last_day
    FROM graphile_worker.jobs`;
  const waiting = await prisma().$queryRaw<{ task: string; jobs: bigint }[]>`
    SELECT task_identifier AS task, count(*) AS jobs FROM graphile_worker.jobs
    WHERE locked_at IS NULL AND run_at <= now() AND attempts < max_attempts
    GROUP BY 1 ORDER BY 2 DESC, 1`;
  return {
    running: Number(totals.running),
    scheduled: Number(totals.scheduled),
    failedLastDay: Number(totals.failed_last_day),
    waiting: waiting.map((w) => ({ task: w.task, jobs: Number(w.jobs) })),
  };
}

/** Jobs locked right now, per worker process (its graphile-worker ids folded together). */
export async function countRunningJobsByProcess(): Promise<{ hostname: string; pid: number; jobs: number }[]> {
  const rows = await prisma().$queryRaw<{ hostname: string; pid: number; jobs: bigint }[]>`
    SELECT h.hostname, h.pid, count(*) AS jobs
    FROM graphile_worker.jobs j JOIN worker_heartbeats h ON h.worker_id = j.locked_by
    GROUP BY 1, 2`;
  return rows.map((r) => ({ hostname: r.hostname, pid: r.pid, jobs: Number(r.jobs) }));
}

/**
 * Assets ingested per hour over the last 24 hours, oldest first, empty hours included. An
 * ingest writes the asset's thumbnail row with the time it was made (a re-ingest renews it),
 * so thumbnail rows by creation hour are the ingest rate with no extra bookkeeping.
 */
export async function countIngestedByHour(): Promise<{ hours: { hour: Date; assets: number }[]; lastHour: number }> {
  // Counted from the index (kind, created_at) first, then laid on the 24 hours: joining the
  // hours to derived row by row would walk the whole table once per hour.
  const hours = await prisma().$queryRaw<{ hour: Date; assets: bigint }[]>`
    WITH recent AS (
      SELECT date_trunc('hour', created_at) AS hour, count(*) AS assets FROM derived
      WHERE kind = 'thumb' AND created_at >= date_trunc('hour', now()) - interval '23 hours'
      GROUP BY 1)
    SELECT h.hour, coalesce(r.assets, 0) AS assets
    FROM generate_series(date_trunc('hour', now()) - interval '23 hours', date_trunc('hour', now()), interval '1 hour') AS h(hour)
    LEFT JOIN recent r ON r.hour = h.hour
    ORDER BY h.hour`;
  const [last] = await prisma().$queryRaw<{ assets: bigint }[]>`
    SELECT count(*) AS assets FROM derived WHERE kind = 'thumb' AND created_at > now() - interval '1 hour'`;
  return { hours: hours.map((h) => ({ hour: h.hour, assets: Number(h.assets) })), lastHour: Number(last.assets) };
}
