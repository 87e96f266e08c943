// Backup and restore of the database at DATABASE_URL (e.g. the 1.1M-asset bench database):
// the real backup code (pg_dump, custom format) into a temp folder, then the real restore into
// a scratch database beside it (`<name>_restore_bench`, dropped after; needs CREATEDB).
// Baseline, same run: pg_dump of the assets table alone with the same tool and format. It is
// the largest table, so the ratio says what the rest of the database (indexes are rebuilt on
// restore, not dumped) adds to dumping the library's core; it shows up slow disks and CPU the
// same way the full dump does, so the ratio travels between machines.
//   DATABASE_URL=postgres://… npm run bench:backup
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { backUpDatabase } from '@/lib/backups/back-up-database';
import { pgToolCommand, runPgTool } from '@/lib/backups/pg-tools';
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

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

try {
  const { rows } = await admin("SELECT (SELECT count(*) FROM assets) AS assets, pg_database_size(current_database()) AS bytes, current_setting('server_version') AS version");
  console.log(`Database ${new URL(url).pathname.slice(1)}: PostgreSQL ${rows[0].version}, ${Number(rows[0].assets).toLocaleString('en-US')} assets, ${mb(Number(rows[0].bytes))} on disk`);

  const baselineFile = path.join(workDir, 'assets-only.dump');
  const baselineStart = performance.now();
  await runPgTool(await pgToolCommand('pg_dump', url), ['--format=custom', '--no-password', '--table=public.assets', `--file=${baselineFile}`]);
  const baselineMs = performance.now() - baselineStart;
  const baselineBytes = (await stat(baselineFile)).size;
  console.log(`baseline  pg_dump of the assets table only: ${seconds(baselineMs)}, ${mb(baselineBytes)}`);

  const backup = await backUpDatabase({ databaseUrl: url, dir: workDir });
  console.log(`backup    whole database (real code):     ${seconds(backup.ms)}, ${mb(backup.bytes)}  (${(backup.ms / baselineMs).toFixed(2)}× the baseline's time)`);

  await admin(`DROP DATABASE IF EXISTS "${scratchName}"`);
  await admin(`CREATE DATABASE "${scratchName}"`);
  try {
    const restore = await restoreDatabase({ databaseUrl: scratch.toString(), file: backup.file });
    const assets = restore.tables.find((t) => t.table === 'public.assets')?.rows ?? 0;
    console.log(`restore   into an empty database (real code, migrations and row counts included): ${seconds(restore.ms)}, ${assets.toLocaleString('en-US')} assets  (${(restore.ms / backup.ms).toFixed(2)}× the backup's time)`);
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}
