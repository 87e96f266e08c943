// One scrape of /api/metrics: read the queue, heartbeats and recent ingests from PostgreSQL
// (three small queries side by side), the pool from this process, then render every metric of
// the registry in Prometheus' text format.
import { STALE_AFTER_SECONDS } from '@/lib/jobs/worker-heartbeats.queries';
import { poolUse } from '@/lib/server/db';
import { metricsRegistry } from '@/lib/server/metrics-registry';
import { countRecentIngests, readHeartbeatAges, readQueueFigures } from './metrics.queries';
import { INGEST_WINDOW_SECONDS, scrapedMetrics } from './metric-definitions';

const JOB_STATES = ['waiting', 'running', 'scheduled', 'failed'] as const;

export async function scrapeMetrics(): Promise<{ contentType: string; body: string }> {
  const [queue, heartbeats, ingested] = await Promise.all([readQueueFigures(), readHeartbeatAges(), countRecentIngests(INGEST_WINDOW_SECONDS)]);
  const m = scrapedMetrics();

  // Reset first: a task whose jobs are all done, or a worker that left, drops out of the series.
  m.jobs.reset();
  for (const task of new Set(queue.counts.map((c) => c.task))) {
    // Every state of a task present, zeros included, so a rate or a sum never sees a gap.
    for (const state of JOB_STATES) m.jobs.set({ task, state }, 0);
  }
  for (const c of queue.counts) m.jobs.set({ task: c.task, state: c.state }, c.jobs);
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
