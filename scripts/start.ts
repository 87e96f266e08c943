// `npm start` / `npm run dev`: one command for the whole product. Starts embedded PostgreSQL
// when DATABASE_URL is unset, applies migrations, builds the app when stale, then runs the
// web server and the worker under a supervisor (scripts/launcher/supervisor.ts). A worker
// that dies is restarted with backoff, forever, while the web stays up; the web dying stops
// everything. Ctrl-C (SIGINT/SIGTERM) stops web, worker and PostgreSQL, in that order, and
// leaves no process behind.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { authSecret } from '@/lib/auth/auth-secret';
import { disconnectPrisma } from '@/lib/server/db';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '@/lib/server/embedded-db';
import { childProcessEnv, env, setDatabaseUrl } from '@/lib/server/env';
import { migrateDatabase } from '@/lib/server/migrations';
import { buildIfStale } from './build-if-stale';
import { signalGroup, Supervisor } from './launcher/supervisor';
import { launcherStatusReporter, workerChildSpec } from './launcher/worker-child';

const dev = process.argv.includes('--dev');
let embedded: EmbeddedDatabase | undefined;
let stopping = false;
let buildPid: number | undefined;

function say(message: string): void {
  console.log(`[shoebox] ${message}`);
}

const reporter = launcherStatusReporter(say);
const supervisor = new Supervisor({ say, onStatus: (status) => reporter.onStatus(status), onFatal: () => void shutdown(1) });

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    signalGroup(buildPid, 'SIGTERM');
    // Web first (no new requests), then worker (finishes or releases its jobs), then the database.
    await supervisor.stopAll(['web', 'worker']);
    if (env.DATABASE_URL) {
      await reporter.close();
      await disconnectPrisma().catch(() => undefined);
    }
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
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(env.DATA_DIR, 'postgres'),
      port: env.EMBEDDED_PG_PORT,
      database: 'shoebox',
      runtimeDir: env.EMBEDDED_PG_RUNTIME_DIR,
      onNotice: say,
    });
    databaseUrl = embedded.url;
    setDatabaseUrl(databaseUrl); // the launcher itself records the worker's status and releases its jobs
  }
  if (stopping) return;
  const { applied } = await migrateDatabase(databaseUrl, { readonlyPassword: env.READONLY_DB_PASSWORD });
  if (applied.length) say(`applied migrations: ${applied.join(', ')}`);
  authSecret(); // created once here, before two processes could race to create it

  const childEnv = childProcessEnv({
    DATABASE_URL: databaseUrl,
    NODE_ENV: dev ? 'development' : 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    // Children write to our terminal: they log the way we would (pretty on a TTY, else JSON).
    LOG_FORMAT: env.LOG_FORMAT,
  });
  if (!dev) {
    await buildIfStale(childEnv, (pid) => (buildPid = pid));
    buildPid = undefined;
  }
  if (stopping) return;

  // Next behind our own server: it records the TCP peer for the client address (lib/server/create-web-server.ts).
  const webArgs = ['--import', 'tsx', 'scripts/web-server.ts', ...(dev ? ['--dev'] : [])];
  supervisor.start({ name: 'web', args: webArgs, env: childEnv, onUnexpectedExit: 'stop-all' });
  supervisor.start(workerChildSpec(childEnv, say));
  say(`Shoebox is running at ${env.PUBLIC_URL} — press Ctrl-C to stop`);
}

main().catch((error: unknown) => {
  console.error(`[shoebox] could not start: ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
