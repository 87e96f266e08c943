// `shoebox backup`: a database backup now, the same as the nightly job (retention included).
import { runBackup } from '@/lib/backups/run-backup';
import { env, requireDatabaseUrl } from '@/lib/server/env';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function backupCommand(): Promise<void> {
  const result = await runBackup({
    databaseUrl: requireDatabaseUrl(),
    dataDir: env.DATA_DIR,
    retention: { keepDaily: env.BACKUP_KEEP_DAILY, keepWeekly: env.BACKUP_KEEP_WEEKLY },
    format: env.BACKUP_FORMAT,
  });
  console.log(`Dump: ${result.format === 'pg_dump' ? 'pg_dump (custom format)' : 'built-in (COPY, gzip)'}, because ${result.reason}.`);
  console.log(`Backed up in ${(result.ms / 1000).toFixed(1)} s: ${result.locations.join(', ')} (${megabytes(result.bytes)})`);
  if (result.removed.length) console.log(`Removed by retention: ${result.removed.join(', ')}`);
}
