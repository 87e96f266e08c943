// The launcher's process supervision, apart from what it supervises (scripts/start.ts wires
// web and worker to it). A child marked `restart` is restarted after every unexpected exit,
// with backoff and without limit: a worker that keeps crashing must never take the web server
// down with it. A child marked `stop-all` (the web server) ends the product when it dies.
// Children get their own process group, so a Ctrl-C reaches only the launcher, which then
// stops them in the order it chooses.
import { type ChildProcess, spawn } from 'node:child_process';
import { type BackoffOptions, DEFAULT_BACKOFF, restartDelayMs } from './backoff';

export interface ChildSpec {
  name: string;
  /** Arguments to node (process.execPath). */
  args: string[];
  env: NodeJS.ProcessEnv;
  onUnexpectedExit: 'restart' | 'stop-all';
  stdio?: 'inherit' | 'pipe';
  /** Runs after an unexpected exit, before any restart (e.g. release the dead worker's jobs). */
  afterExit?: (pid: number, exit: string) => Promise<void>;
}

export interface ChildStatus {
  name: string;
  state: 'running' | 'restarting' | 'stopped';
  pid: number | null;
  /** Unexpected exits since the launcher started. */
  crashes: number;
  /** Unexpected exits in a row, each after a run shorter than `stableAfterMs`. */
  consecutiveCrashes: number;
  lastExit: string | null;
  lastCrashAt: Date | null;
  nextStartAt: Date | null;
}

export interface SupervisorOptions {
  backoff?: BackoffOptions;
  say?: (message: string) => void;
  onStatus?: (status: ChildStatus) => void;
  /** Called once when a `stop-all` child died; the launcher shuts down. */
  onFatal?: (name: string) => void;
}

interface Entry {
  spec: ChildSpec;
  child: ChildProcess | null;
  status: ChildStatus;
  startedAt: number;
  restartTimer?: NodeJS.Timeout;
}

export class Supervisor {
  private readonly entries = new Map<string, Entry>();
  private readonly backoff: BackoffOptions;
  private stopping = false;

  constructor(private readonly options: SupervisorOptions = {}) {
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
  }

  start(spec: ChildSpec): ChildProcess {
    const entry: Entry = this.entries.get(spec.name) ?? {
      spec,
      child: null,
      startedAt: 0,
      status: { name: spec.name, state: 'stopped', pid: null, crashes: 0, consecutiveCrashes: 0, lastExit: null, lastCrashAt: null, nextStartAt: null },
    };
    this.entries.set(spec.name, entry);
    return this.spawnEntry(entry);
  }

  status(name: string): ChildStatus | undefined {
    const entry = this.entries.get(name);
    return entry && { ...entry.status };
  }

  child(name: string): ChildProcess | null {
    return this.entries.get(name)?.child ?? null;
  }

  /** Stops the children in this order (SIGTERM to the group, SIGKILL after `graceMs`); no restarts after this. */
  async stopAll(order: string[], graceMs = 15_000): Promise<void> {
    this.stopping = true;
    for (const entry of this.entries.values()) clearTimeout(entry.restartTimer);
    const names = [...order, ...[...this.entries.keys()].filter((n) => !order.includes(n))];
    for (const name of names) {
      const entry = this.entries.get(name);
      if (entry?.child) {
        this.options.say?.(`stopping ${name}…`);
        await stopProcessGroup(entry.child, graceMs);
      }
      if (entry) this.update(entry, { state: 'stopped', pid: null, nextStartAt: null });
    }
  }

  private spawnEntry(entry: Entry): ChildProcess {
    const { spec } = entry;
    const child = spawn(process.execPath, spec.args, { stdio: spec.stdio ?? 'inherit', env: spec.env, detached: true });
    entry.child = child;
    entry.startedAt = Date.now();
    this.update(entry, { state: 'running', pid: child.pid ?? null, nextStartAt: null });
    child.once('exit', (code, signal) => void this.onExit(entry, child, signal ?? `code ${code}`));
    return child;
  }

  private async onExit(entry: Entry, child: ChildProcess, exit: string): Promise<void> {
    if (entry.child === child) entry.child = null;
    if (this.stopping) return;
    const { spec } = entry;
    const ranMs = Date.now() - entry.startedAt;
    const consecutive = ranMs >= this.backoff.stableAfterMs ? 1 : entry.status.consecutiveCrashes + 1;
    this.options.say?.(`${spec.name} exited unexpectedly (${exit})`);
    this.update(entry, {
      state: spec.onUnexpectedExit === 'restart' ? 'restarting' : 'stopped',
      pid: null,
      crashes: entry.status.crashes + 1,
      consecutiveCrashes: consecutive,
      lastExit: exit,
      lastCrashAt: new Date(),
    });
    if (child.pid && spec.afterExit) {
      await spec.afterExit(child.pid, exit).catch((error: unknown) => this.options.say?.(`after ${spec.name} exit: ${String(error)}`));
    }
    if (this.stopping) return;
    if (spec.onUnexpectedExit === 'stop-all') {
      this.options.onFatal?.(spec.name);
      return;
    }
    const delay = restartDelayMs(consecutive, this.backoff);
    this.options.say?.(`restarting ${spec.name} in ${Math.round(delay / 100) / 10} s (crash ${consecutive} in a row)`);
    this.update(entry, { nextStartAt: new Date(Date.now() + delay) });
    entry.restartTimer = setTimeout(() => {
      if (!this.stopping) this.spawnEntry(entry);
    }, delay);
  }

  private update(entry: Entry, patch: Partial<ChildStatus>): void {
    entry.status = { ...entry.status, ...patch };
    this.options.onStatus?.({ ...entry.status });
  }
}

export function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

function stopProcessGroup(child: ChildProcess, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    signalGroup(child.pid, 'SIGTERM');
  });
}
