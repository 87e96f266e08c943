// The metrics /api/metrics fills from the database at scrape time (HTTP metrics live in
// lib/server/http-metrics.ts, Node's in lib/server/metrics-registry.ts). Names are what
// deploy/grafana/shoebox.json queries; a test checks every name it uses is scraped.
import { Gauge } from 'prom-client';
import { registeredMetric } from '@/lib/server/metrics-registry';

function gauge(name: string, help: string, labelNames: string[] = []): Gauge {
  return registeredMetric(name, (registry) => new Gauge({ name, help, labelNames, registers: [registry] }));
}

/** The window recent ingests are counted over. */
export const INGEST_WINDOW_SECONDS = 300;

export const scrapedMetrics = () => ({
  jobs: gauge('shoebox_jobs', 'Unfinished jobs by task and state (waiting, running, scheduled, failed = attempts exhausted).', ['task', 'state']),
  jobsExact: gauge('shoebox_job_counts_exact', '1 when shoebox_jobs is counted exactly; 0 when estimated from a sample of a queue of over 100,000 jobs.'),
  queueDepth: gauge('shoebox_job_queue_depth', 'Jobs that could run now and wait for a worker.'),
  oldestWaiting: gauge('shoebox_job_oldest_waiting_seconds', 'Seconds the longest-waiting runnable job has waited; 0 with none waiting.'),
  heartbeatAge: gauge('shoebox_worker_heartbeat_age_seconds', "Seconds since a worker's last heartbeat (every 5 s; stale after 20 s).", ['worker_id', 'hostname', 'flags']),
  workersFresh: gauge('shoebox_workers_fresh', 'Worker ids that heartbeat within the last 20 seconds.'),
  ingestedRecent: gauge('shoebox_ingested_assets_5m', 'Assets ingested (first time or again) in the last 5 minutes, by every worker.'),
  ingestRate: gauge('shoebox_ingest_assets_per_second', 'Ingest throughput: assets ingested in the last 5 minutes per second.'),
  poolConnections: gauge('shoebox_db_pool_connections', "This process's PostgreSQL pool: open connections by state (idle, busy) and its limit (max).", ['state']),
  poolWaiting: gauge('shoebox_db_pool_waiting_queries', "Queries of this process waiting for a free pool connection."),
});
