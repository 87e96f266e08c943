// Database reachability, every worker process with its flags, and what each launcher knows
// about its worker (crashes, restarts), for /api/health, /admin/jobs and monitors. A worker
// counts as alive only with a fresh heartbeat; a launcher's restarting worker is reported
// even when a quick restart already has a fresh one.
import type { Actor } from '@/lib/access/access.schemas';
import { isSessionCacheListening } from '@/lib/auth/session-cache';
import { listLauncherStatus } from '@/lib/jobs/launcher-status.queries';
import { listWorkerProcesses, STALE_AFTER_SECONDS } from '@/lib/jobs/worker-heartbeats.queries';
import { pingDatabase } from './health.queries';

export interface WorkerHealth {
  hostname: string;
  pid: number;
  concurrency: number;
  flags: string[];
  startedAt: string;
  lastHeartbeatAt: string;
  /** Heartbeat within STALE_AFTER_SECONDS. */
  fresh: boolean;
}

export interface LauncherHealth {
  hostname: string;
  pid: number;
  worker: {
    state: string;
    pid: number | null;
    crashes: number;
    lastExit: string | null;
    lastCrashAt: string | null;
    nextStartAt: string | null;
  };
}

export interface Health {
  status: 'ok' | 'degraded' | 'down';
  database: { reachable: boolean; latencyMs: number | null };
  worker: { alive: boolean; lastHeartbeatAt: string | null; problem: string | null };
  workers: WorkerHealth[];
  launchers: LauncherHealth[];
  /** This web process: whether checked sessions may be answered from memory (its LISTEN
   * connection is up) or every request checks the database (slower, still correct). */
  web: { sessionCache: 'listening' | 'checking every request' };
}

export async function getHealth(): Promise<Health> {
  const started = performance.now();
  const reachable = await pingDatabase();
  const latencyMs = reachable ? Math.round((performance.now() - started) * 10) / 10 : null;
  const [workers, launchers] = reachable
    ? await Promise.all([listWorkers().catch(() => []), listLaunchers().catch(() => [])])
    : [[], []];
  const alive = workers.some((w) => w.fresh);
  const problem = workerProblem(reachable, alive, launchers);
  return {
    status: !reachable ? 'down' : problem ? 'degraded' : 'ok',
    database: { reachable, latencyMs },
    worker: { alive, lastHeartbeatAt: workers[0]?.lastHeartbeatAt ?? null, problem },
    workers,
    launchers,
    web: { sessionCache: isSessionCacheListening() ? 'listening' : 'checking every request' },
  };
}

function workerProblem(reachable: boolean, alive: boolean, launchers: LauncherHealth[]): string | null {
  if (!reachable) return 'the database cannot be reached';
  const restarting = launchers.find((l) => l.worker.state !== 'running');
  if (restarting) {
    const { crashes, lastExit } = restarting.worker;
    return `the worker on ${restarting.hostname} crashed (${lastExit ?? 'unknown exit'}, ${crashes} crash${crashes === 1 ? '' : 'es'}) and is being restarted`;
  }
  if (!alive) return `no worker has a fresh heartbeat (none in the last ${STALE_AFTER_SECONDS} s): jobs are not running`;
  return null;
}

async function listWorkers(): Promise<WorkerHealth[]> {
  return (await listWorkerProcesses()).map((w) => ({
    hostname: w.hostname,
    pid: w.pid,
    concurrency: w.concurrency,
    flags: w.flags,
    startedAt: w.startedAt.toISOString(),
    lastHeartbeatAt: w.lastSeenAt.toISOString(),
    fresh: w.fresh,
  }));
}

async function listLaunchers(): Promise<LauncherHealth[]> {
  return (await listLauncherStatus()).map((l) => ({
    hostname: l.hostname,
    pid: l.pid,
    worker: {
      state: l.workerState,
      pid: l.workerPid,
      crashes: l.crashes,
      lastExit: l.lastExit,
      lastCrashAt: l.lastCrashAt?.toISOString() ?? null,
      nextStartAt: l.nextStartAt?.toISOString() ?? null,
    },
  }));
}

/** What anyone may read (monitors, load balancers, the login page's "is it up"): the verdict
 * and its parts, without host names, process ids or the launchers' exit reasons, which are
 * for administrators. */
export interface PublicHealth {
  status: Health['status'];
  database: { reachable: boolean };
  worker: { alive: boolean };
}

function publicHealth(health: Health): PublicHealth {
  return { status: health.status, database: { reachable: health.database.reachable }, worker: { alive: health.worker.alive } };
}

/** GET /api/health's answer: the whole report for an administrator, the verdict for anyone else. */
export async function getHealthFor(viewer: Pick<Actor, 'role'> | undefined): Promise<Health | PublicHealth> {
  const health = await getHealth();
  return viewer?.role === 'admin' ? health : publicHealth(health);
}
