// `shoebox restore <file>`: a backup into the (empty) database at DATABASE_URL or the embedded
// one, then migrations; prints the time and every table's row count.
import path from 'node:path';
import { fetchBucketBackup } from '@/lib/backups/backup-target';
import { restoreDatabase } from '@/lib/backups/restore-database';
import { env, requireDatabaseUrl } from '@/lib/server/env';

const FROM_BUCKET = 's3:';

/** `file` is a path, or `s3:<backup name>` for a copy kept in the bucket (fetched first). */
export async function restoreCommand(source: string): Promise<void> {
  const file = source.startsWith(FROM_BUCKET) ? await fetchBucketBackup(source.slice(FROM_BUCKET.length), env.DATA_DIR) : source;
  const result = await restoreDatabase({ databaseUrl: requireDatabaseUrl(), file: path.resolve(file), readonlyPassword: env.READONLY_DB_PASSWORD });
  const width = Math.max(...result.tables.map((t) => t.table.length));
  for (const t of result.tables) console.log(`  ${t.table.padEnd(width)}  ${t.rows}`);
  if (result.note) console.log(result.note);
  if (result.migrationsApplied.length) console.log(`Migrations applied after the restore: ${result.migrationsApplied.join(', ')}`);
  console.log(`Restored ${path.basename(file)} in ${(result.ms / 1000).toFixed(1)} s: ${result.tables.length} tables.`);
}
