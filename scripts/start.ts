// `npm start` / `npm run dev`: one command for the whole product. Starts embedded PostgreSQL
// when DATABASE_URL is unset, applies migrations, builds the app when stale, then runs the
// web server and the worker. Ctrl-C (SIGINT/SIGTERM) stops web, worker and PostgreSQL, in
// that order, and leaves no process behind. The worker is restarted if it dies.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { authSecret } from '@/lib/auth/auth-secret';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '@/lib/server/embedded-db';
import { childProcessEnv, env } from '@/lib/server/env';
import { migrateDatabase } from '@/lib/server/migrations';
import { buildIfStale } from './build-if-stale';

const dev = process.argv.includes('--dev');
const children = new Map<string, ChildProcess>();
let embedded: EmbeddedDatabase | undefined;
let stopping = false;
let buildPid: number | undefined;

function say(message: string): void {
  console.log(`[shoebox] ${message}`);
}

/** Children get their own process group, so a Ctrl-C reaches only us and we choose the order. */
function startChild(name: string, args: string[], childEnv: NodeJS.ProcessEnv, onExit: (code: number | null) => void): void {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: childEnv, detached: true });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      say(`${name} exited unexpectedly (${signal ?? `code ${code}`})`);
      onExit(code);
    }
  });
}

function stopChild(name: string, child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    signalGroup(child.pid, 'SIGTERM');
    say(`stopping ${name}…`);
  });
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    signalGroup(buildPid, 'SIGTERM');
    // Web first (no new requests), then worker (finishes or releases its jobs), then the database.
    const web = children.get('web');
    if (web) await stopChild('web', web);
    const worker = children.get('worker');
    if (worker) await stopChild('worker', worker);
    if (embedded) {
      say('stopping PostgreSQL…');
      await embedded.stop().catch(() => undefined);
    }
    say('stopped');
  }
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main(): Promise<void> {
  mkdirSync(env.DATA_DIR, { recursive: true });
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    say(`starting embedded PostgreSQL in ${path.join(env.DATA_DIR, 'postgres')} (port ${env.EMBEDDED_PG_PORT})…`);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(env.DATA_DIR, 'postgres'),
      port: env.EMBEDDED_PG_PORT,
      database: 'shoebox',
    });
    databaseUrl = embedded.url;
  }
  if (stopping) return;
  const { applied } = await migrateDatabase(databaseUrl);
  if (applied.length) say(`applied migrations: ${applied.join(', ')}`);
  authSecret(); // created once here, before two processes could race to create it

  const childEnv = childProcessEnv({
    DATABASE_URL: databaseUrl,
    NODE_ENV: dev ? 'development' : 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    // next-auth builds its own URLs from this; ours come from PUBLIC_URL, so they agree.
    NEXTAUTH_URL: env.PUBLIC_URL,
  });
  if (!dev) {
    await buildIfStale(childEnv, (pid) => (buildPid = pid));
    buildPid = undefined;
  }
  if (stopping) return;

  const nextArgs = ['--import', 'tsx', 'scripts/web-server.ts', ...(dev ? ['--dev'] : [])]; // Next behind our server: it records the TCP peer (lib/server/create-web-server.ts)
  startChild('web', nextArgs, childEnv, () => void shutdown(1));
  startWorker(childEnv);
  say(`Shoebox is running at ${env.PUBLIC_URL} — press Ctrl-C to stop`);
}

const workerCrashes: number[] = [];
function startWorker(childEnv: NodeJS.ProcessEnv): void {
  startChild('worker', ['--import', 'tsx', 'worker/index.ts'], childEnv, () => {
    const now = Date.now();
    workerCrashes.push(now);
    const recent = workerCrashes.filter((t) => now - t < 60_000);
    if (recent.length >= 5) {
      say('the worker keeps crashing; stopping');
      void shutdown(1);
      return;
    }
    setTimeout(() => !stopping && startWorker(childEnv), 1000);
  });
}

main().catch((error: unknown) => {
  console.error(`[shoebox] could not start: ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
