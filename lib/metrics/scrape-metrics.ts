// One scrape of /api/metrics: read the queue, heartbeats and recent ingests from PostgreSQL
// (three small queries side by side), the pool from this process, then render every metric of
// the registry in Prometheus' text format.
import { STALE_AFTER_SECONDS } from '@/lib/jobs/worker-heartbeats.queries';
import { poolUse } from '@/lib/server/db';
import { metricsRegistry } from '@/lib/server/metrics-registry';
import { countRecentIngests, readHeartbeatAges, readQueueFigures } from './metrics.queries';
import { INGEST_WINDOW_SECONDS, scrapedMetrics } from './metric-definitions';

export async function scrapeMetrics(): Promise<{ contentType: string; body: string }> {
  const [queue, heartbeats, ingested] = await Promise.all([readQueueFigures(), readHeartbeatAges(), countRecentIngests(INGEST_WINDOW_SECONDS)]);
  const m = scrapedMetrics();

  // Reset first: a task whose jobs are all done, or a worker that left, drops out of the series.
  // Every state of a task with any job is present, zeros included, so a sum never sees a gap.
  m.jobs.reset();
  for (const c of queue.counts) m.jobs.set({ task: c.task, state: c.state }, c.jobs);
  m.jobsExact.set(queue.exact ? 1 : 0);
  m.queueDepth.set(queue.counts.filter((c) => c.state === 'waiting').reduce((sum, c) => sum + c.jobs, 0));
  m.oldestWaiting.set(queue.oldestWaitingSeconds);

  m.heartbeatAge.reset();
  for (const h of heartbeats) m.heartbeatAge.set({ worker_id: h.workerId, hostname: h.hostname, flags: h.flags.join(',') }, h.ageSeconds);
  m.workersFresh.set(heartbeats.filter((h) => h.ageSeconds < STALE_AFTER_SECONDS).length);

  m.ingestedRecent.set(ingested);
  m.ingestRate.set(ingested / INGEST_WINDOW_SECONDS);

  const pool = poolUse();
  if (pool) {
    m.poolConnections.set({ state: 'idle' }, pool.idle);
    m.poolConnections.set({ state: 'busy' }, pool.total - pool.idle);
    m.poolConnections.set({ state: 'max' }, pool.max);
    m.poolWaiting.set(pool.waiting);
  }

  const registry = metricsRegistry();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
