// A backup restored into an EMPTY database (never over live data: a restore into a database
// with tables would mix two states), then migrated, so a backup taken by an older version
// gets the migrations that came since. --no-owner: the restoring user owns everything, the
// dump may come from a server with other role names. --no-privileges: grants name roles that
// may not exist on this server; the migration run re-applies ours (shoebox_readonly).
import { access, constants } from 'node:fs/promises';
import { migrateDatabase } from '@/lib/server/migrations';
import { countRowsPerTable, listPublicTables, type TableRowCount } from './backups.queries';
import { pgToolCommand, runPgTool } from './pg-tools';

export class RestoreRefusedError extends Error {}

export interface RestoreResult {
  ms: number;
  migrationsApplied: string[];
  tables: TableRowCount[];
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
  const command = await pgToolCommand('pg_restore', options.databaseUrl);
  // --dbname makes pg_restore write into the database (without it, it prints SQL); the name
  // alone, as the rest of the connection (and the password) comes from PG* variables.
  await runPgTool(command, ['--no-owner', '--no-privileges', '--exit-on-error', '--no-password', `--dbname=${command.env.PGDATABASE}`, options.file]);
  const { applied } = await migrateDatabase(options.databaseUrl, { readonlyPassword: options.readonlyPassword });
  return { ms: Math.round(performance.now() - started), migrationsApplied: applied, tables: await countRowsPerTable(options.databaseUrl) };
}
