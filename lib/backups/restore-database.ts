// A backup restored into an EMPTY database (never over live data: a restore into a database
// with tables would mix two states), then migrated, so a backup taken by an older version
// gets the migrations that came since. --no-owner: the restoring user owns everything, the
// dump may come from a server with other role names. --no-privileges: grants name roles that
// may not exist on this server; the migration run re-applies ours (shoebox_readonly).
// A built-in dump (gzip, not PGDMP) goes to copy-restore.ts instead, told apart by its first bytes.
import { access, constants, open } from 'node:fs/promises';
import { migrateDatabase } from '@/lib/server/migrations';
import { countRowsPerTable, listPublicTables, type TableRowCount } from './backups.queries';
import { CopyRestoreRefusedError, restoreCopyDump } from './copy-restore';
import { GZIP_MAGIC, PG_DUMP_MAGIC } from './dump-format';
import { pgToolCommand, runPgTool } from './pg-tools';

export class RestoreRefusedError extends Error {}

export interface RestoreResult {
  ms: number;
  migrationsApplied: string[];
  tables: TableRowCount[];
  /** How the rows went in, for the person restoring (built-in dumps only). */
  note?: string;
}

export async function restoreDatabase(options: { databaseUrl: string; file: string; readonlyPassword?: string }): Promise<RestoreResult> {
  const started = performance.now();
  await access(options.file, constants.R_OK).catch(() => {
    throw new RestoreRefusedError(`Cannot read the backup file ${options.file}.`);
  });
  const existing = await listPublicTables(options.databaseUrl);
  if (existing.length) {
    throw new RestoreRefusedError(
      `The database ${decodeURIComponent(new URL(options.databaseUrl).pathname.slice(1))} is not empty (${existing.length} tables, e.g. ${existing.slice(0, 3).join(', ')}). ` +
        'Restore only into a new, empty database: create one, point DATABASE_URL at it, and run the restore again (see docs/backups.md).',
    );
  }
  const magic = await firstBytes(options.file, PG_DUMP_MAGIC.length);
  if (magic.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC)) {
    try {
      const { migrationsApplied, fkChecksOff } = await restoreCopyDump(options);
      const note = fkChecksOff
        ? 'Built-in dump loaded with triggers and FK checks off (superuser).'
        : 'Built-in dump loaded in FK order with the tables’ own triggers off (the restoring user is not superuser).';
      return { ms: Math.round(performance.now() - started), migrationsApplied, tables: await countRowsPerTable(options.databaseUrl), note };
    } catch (error) {
      if (error instanceof CopyRestoreRefusedError) throw new RestoreRefusedError(error.message, { cause: error });
      throw error;
    }
  }
  if (!magic.equals(PG_DUMP_MAGIC)) {
    throw new RestoreRefusedError(`${options.file} is not a Shoebox backup: it is neither a pg_dump custom-format file nor a built-in dump.`);
  }
  const command = await pgToolCommand('pg_restore', options.databaseUrl);
  // --dbname makes pg_restore write into the database (without it, it prints SQL); the name
  // alone, as the rest of the connection (and the password) comes from PG* variables.
  await runPgTool(command, ['--no-owner', '--no-privileges', '--exit-on-error', '--no-password', `--dbname=${command.env.PGDATABASE}`, options.file]);
  const { applied } = await migrateDatabase(options.databaseUrl, { readonlyPassword: options.readonlyPassword });
  return { ms: Math.round(performance.now() - started), migrationsApplied: applied, tables: await countRowsPerTable(options.databaseUrl) };
}

async function firstBytes(file: string, count: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
