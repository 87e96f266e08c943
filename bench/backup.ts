// Backup and restore of the database at DATABASE_URL (e.g. the 1.1M-asset bench database),
// both kinds: pg_dump (custom format; only when the pg_dump found can dump this server) and
// the built-in dump (COPY text, gzip). The real backup code writes into a temp folder, the
// real restore goes into a scratch database beside it (`<name>_restore_bench`, dropped after;
// needs CREATEDB).
// Baseline, same run: pg_dump of the assets table alone with the same tool and format, or —
// when that pg_dump cannot dump this server (embedded PostgreSQL 18) — a bare
// `COPY assets TO STDOUT` drained without writing. The assets table is the largest, so the
// ratio says what the rest of the database (indexes are rebuilt on restore, not dumped) adds
// to reading the library's core; it shows up slow disks and CPU the same way the full dump
// does, so the ratio travels between machines.
//   DATABASE_URL=postgres://… npm run bench:backup
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { backUpDatabase, type DatabaseBackup } from '@/lib/backups/back-up-database';
import type { BackupFormat } from '@/lib/backups/choose-backup-format';
import { pgDumpMajor, pgToolCommand, runPgTool } from '@/lib/backups/pg-tools';
import { restoreDatabase } from '@/lib/backups/restore-database';
import { requireDatabaseUrl } from '@/lib/server/env';

const url = requireDatabaseUrl();
const scratchName = `${decodeURIComponent(new URL(url).pathname.slice(1))}_restore_bench`;
const scratch = new URL(url);
scratch.pathname = `/${scratchName}`;
const workDir = await mkdtemp(path.join(os.tmpdir(), 'shoebox-bench-backup-'));

async function admin(sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The built-in dump's reading alone: COPY of the assets table, drained, nothing written. */
async function copyAssetsMs(): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    for await (const chunk of client.query(copyTo('COPY public.assets TO STDOUT'))) void chunk;
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

try {
  const { rows } = await admin(
    "SELECT (SELECT count(*) FROM assets) AS assets, pg_database_size(current_database()) AS bytes, current_setting('server_version') AS version, current_setting('server_version_num') AS num",
  );
  console.log(`Database ${new URL(url).pathname.slice(1)}: PostgreSQL ${rows[0].version}, ${Number(rows[0].assets).toLocaleString('en-US')} assets, ${mb(Number(rows[0].bytes))} on disk`);
  const serverMajor = Math.floor(Number(rows[0].num) / 10_000);
  const dumpMajor = await pgDumpMajor();
  const pgDumpWorks = dumpMajor !== null && dumpMajor >= serverMajor;

  let baselineMs: number;
  if (pgDumpWorks) {
    const baselineFile = path.join(workDir, 'assets-only.dump');
    const baselineStart = performance.now();
    await runPgTool(await pgToolCommand('pg_dump', url), ['--format=custom', '--no-password', '--table=public.assets', `--file=${baselineFile}`]);
    baselineMs = performance.now() - baselineStart;
    console.log(`baseline  pg_dump of the assets table only: ${seconds(baselineMs)}, ${mb((await stat(baselineFile)).size)}`);
  } else {
    baselineMs = await copyAssetsMs();
    console.log(`baseline  COPY of the assets table, drained (pg_dump ${dumpMajor ?? 'none'} cannot dump PostgreSQL ${serverMajor}): ${seconds(baselineMs)}`);
  }

  const formats: BackupFormat[] = pgDumpWorks ? ['pg_dump', 'builtin'] : ['builtin'];
  const backups: Partial<Record<BackupFormat, DatabaseBackup>> = {};
  for (const format of formats) {
    const backup = await backUpDatabase({ databaseUrl: url, dir: path.join(workDir, format), format });
    backups[format] = backup;
    const versusPgDump = format === 'builtin' && backups.pg_dump ? `, ${(backup.ms / backups.pg_dump.ms).toFixed(2)}× pg_dump's` : '';
    console.log(`backup    ${format.padEnd(7)} whole database (real code): ${seconds(backup.ms)}, ${mb(backup.bytes)}  (${(backup.ms / baselineMs).toFixed(2)}× the baseline's time${versusPgDump})`);

    await admin(`DROP DATABASE IF EXISTS "${scratchName}"`);
    await admin(`CREATE DATABASE "${scratchName}"`);
    try {
      const restore = await restoreDatabase({ databaseUrl: scratch.toString(), file: backup.file });
      const assets = restore.tables.find((t) => t.table === 'public.assets')?.rows ?? 0;
      console.log(
        `restore   ${format.padEnd(7)} into an empty database (real code, migrations and row counts included): ${seconds(restore.ms)}, ${assets.toLocaleString('en-US')} assets  (${(restore.ms / backup.ms).toFixed(2)}× its backup's time)`,
      );
    } finally {
      await admin(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
    }
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}
