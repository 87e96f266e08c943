// db:backup — the nightly dump of the database (pg_dump, or the built-in one when no pg_dump
// of the server's version is found) into DATA_DIR/backups, then retention
// (BACKUP_KEEP_DAILY / BACKUP_KEEP_WEEKLY). A failed dump leaves no file and fails the job,
// so it shows in /admin's failures with pg_dump's own message.
import { runBackup } from '@/lib/backups/run-backup';
import { env, requireDatabaseUrl } from '@/lib/server/env';
import { log } from '@/lib/server/log';
import { defineTask } from './define-task';

export default defineTask('db:backup', async () => {
  const result = await runBackup({
    databaseUrl: requireDatabaseUrl(),
    dataDir: env.DATA_DIR,
    retention: { keepDaily: env.BACKUP_KEEP_DAILY, keepWeekly: env.BACKUP_KEEP_WEEKLY },
    format: env.BACKUP_FORMAT,
  });
  log.info({ file: result.name, format: result.format, why: result.reason, bytes: result.bytes, ms: result.ms, removed: result.removed.length }, 'database backed up');
});
