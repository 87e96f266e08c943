// `shoebox restore <file>`: a backup into the (empty) database at DATABASE_URL or the embedded
// one, then migrations; prints the time and every table's row count.
import path from 'node:path';
import { restoreDatabase } from '@/lib/backups/restore-database';
import { env, requireDatabaseUrl } from '@/lib/server/env';

export async function restoreCommand(file: string): Promise<void> {
  const result = await restoreDatabase({ databaseUrl: requireDatabaseUrl(), file: path.resolve(file), readonlyPassword: env.READONLY_DB_PASSWORD });
  const width = Math.max(...result.tables.map((t) => t.table.length));
  for (const t of result.tables) console.log(`  ${t.table.padEnd(width)}  ${t.rows}`);
  if (result.note) console.log(result.note);
  if (result.migrationsApplied.length) console.log(`Migrations applied after the restore: ${result.migrationsApplied.join(', ')}`);
  console.log(`Restored ${path.basename(file)} in ${(result.ms / 1000).toFixed(1)} s: ${result.tables.length} tables.`);
}
