// The worker process: graphile-worker over the same PostgreSQL as the web, with our task list
// and crontab, a heartbeat, and the sweeper that frees jobs of dead workers.
// Flags: --concurrency N (default WORKER_CONCURRENCY), --no-ml, --no-video, --no-watch.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { run, type WorkerEvents } from 'graphile-worker';
import { disconnectPrisma } from '@/lib/server/db';
import { env, requireDatabaseUrl } from '@/lib/server/env';
import { log } from '@/lib/server/log';
import { workerLogger } from '@/lib/server/worker-logger';
import { LibraryWatchers } from '@/lib/libraries/library-watchers';
import { HEARTBEAT_EVERY_MS, recordHeartbeat, removeHeartbeats } from '@/lib/jobs/worker-heartbeats.queries';
import { releaseJobsOfDeadWorkers } from '@/lib/jobs/release-dead-worker-jobs';
import { setAsideHooks } from './set-aside-hooks';
import { removeStaleTempFiles } from '@/lib/storage/remove-stale-temp-files';
import { assertTaskListComplete, taskList } from './task-list';
import { queuePlacesBackfillIfNeeded } from '@/lib/places/backfill-places';

const { values: flags } = parseArgs({
  options: {
    concurrency: { type: 'string' },
    'no-ml': { type: 'boolean', default: false },
    'no-video': { type: 'boolean', default: false },
    'no-watch': { type: 'boolean', default: false },
  },
});

const concurrency = flags.concurrency ? Number(flags.concurrency) : env.WORKER_CONCURRENCY;
if (!Number.isInteger(concurrency) || concurrency < 1) {
  log.fatal(`--concurrency must be a positive integer, got "${flags.concurrency}"`);
  process.exit(2);
}
// Jobs carry flags from the registry (lib/jobs/job-registry.ts: a video's ingest is `video`);
// graphile-worker never locks a job whose flag this worker forbids.
const forbiddenFlags = [...(flags['no-ml'] ? ['ml'] : []), ...(flags['no-video'] ? ['video'] : [])];
const startedWith = (['no-ml', 'no-video', 'no-watch'] as const).filter((flag) => flags[flag]);

const crontab = readFileSync(path.join(process.cwd(), 'worker', 'crontab'), 'utf8');
assertTaskListComplete(crontab);


// Before any job runs: temp files of a worker killed mid-write are litter, never resumed.
const removedTemp = await removeStaleTempFiles().catch((err: unknown) => {
  log.warn({ err }, 'could not clean temp files');
  return 0;
});
if (removedTemp) log.info({ removedTemp }, 'removed temp files left by a stopped worker');

const workerIds = new Set<string>();
// Subscribed before run(): the pool and its workers are created inside it, and a worker id
// that never heartbeats would have its jobs taken away by other workers' sweepers.
const events: WorkerEvents = new EventEmitter();
events.on('pool:create', ({ workerPool }) => void workerIds.add(workerPool.id));
events.on('worker:create', ({ worker }) => {
  workerIds.add(worker.workerId);
  void beat();
});

const runner = await run({
  events,
  connectionString: requireDatabaseUrl(),
  concurrency,
  taskList,
  crontab,
  forbiddenFlags,
  logger: workerLogger,
  pollInterval: 1000,
  noHandleSignals: true,
});

async function beat(): Promise<void> {
  const info = { hostname: os.hostname(), pid: process.pid, concurrency, flags: startedWith };
  await recordHeartbeat([...workerIds], info).catch((err: unknown) => log.warn({ err }, 'heartbeat failed'));
}

async function sweep(): Promise<void> {
  const result = await releaseJobsOfDeadWorkers(setAsideHooks).catch((err: unknown) => {
    log.warn({ err }, 'sweep failed');
    return { released: [], setAside: [] };
  });
  if (result.released.length) log.warn({ released: result.released }, 'released jobs of workers that stopped heartbeating');
  if (result.setAside.length) log.error({ setAside: result.setAside }, 'set aside jobs whose runs crashed a worker twice');
}

await beat();
await sweep();
const heartbeat = setInterval(() => void beat(), HEARTBEAT_EVERY_MS);
const sweeper = setInterval(() => void sweep(), HEARTBEAT_EVERY_MS * 2);
const watchers = new LibraryWatchers();
const refreshWatchers = () => watchers.refresh().catch((err: unknown) => log.warn({ err }, 'watcher refresh failed'));
if (!flags['no-watch']) await refreshWatchers();
const watcherRefresh = flags['no-watch'] ? undefined : setInterval(() => void refreshWatchers(), 60_000);
// Places for assets ingested before there were places (or whose lookup is pending): cheap to check.
await queuePlacesBackfillIfNeeded().catch((err: unknown) => log.warn({ err }, 'could not check for places to backfill'));
log.info({ concurrency, flags: startedWith }, 'worker started');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'worker stopping');
  clearInterval(heartbeat);
  clearInterval(sweeper);
  clearInterval(watcherRefresh);
  watchers.stopAll();
  await runner.stop().catch((err: unknown) => log.warn({ err }, 'runner stop failed'));
  await removeHeartbeats([...workerIds]).catch(() => undefined);
  await disconnectPrisma();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await runner.promise;
