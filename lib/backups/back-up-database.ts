// One dump of the database, written to a temporary name and renamed once complete: a dump
// that fails or is cut short leaves no file that looks like a backup. pg_dump's custom format
// (compressed, restorable table by table with pg_restore) when the pg_dump found can dump this
// server; else the built-in dump (copy-dump.ts), which needs no client tool. Which one, and
// why, is part of the result (logged by the job, printed by the CLI).
import { chmod, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { backupFileName, partialFileName } from './backup-names';
import { type BackupFormat, type BackupFormatSetting, chooseBackupFormat } from './choose-backup-format';
import { writeCopyDump } from './copy-dump';
import { openClient, serverVersion } from './copy-dump.queries';
import { pgDumpMajor, pgToolCommand, runPgTool } from './pg-tools';

export interface DatabaseBackup {
  name: string;
  file: string;
  bytes: number;
  ms: number;
  format: BackupFormat;
  /** Why this format: e.g. "pg_dump 15 is older than the server (PostgreSQL 18) and would refuse it". */
  reason: string;
}

export class BackupFailedError extends Error {}

export async function backUpDatabase(options: { databaseUrl: string; dir: string; now?: Date; format?: BackupFormatSetting }): Promise<DatabaseBackup> {
  const started = performance.now();
  // A dump holds password hashes and every user's data: readable by Shoebox's own user only.
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const name = backupFileName(options.now ?? new Date());
  const file = path.join(options.dir, name);
  const partial = path.join(options.dir, partialFileName(name));
  let choice: { format: BackupFormat; reason: string } | null = null;
  try {
    choice = await choose(options.databaseUrl, options.format ?? 'auto');
    if (choice.format === 'pg_dump') {
      const command = await pgToolCommand('pg_dump', options.databaseUrl);
      await runPgTool(command, ['--format=custom', '--no-password', `--file=${partial}`]);
    } else {
      await writeCopyDump(options.databaseUrl, partial);
    }
    await chmod(partial, 0o600);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    const how = choice ? `${choice.format === 'pg_dump' ? 'pg_dump' : 'built-in dump'} (${choice.reason}): ` : '';
    throw new BackupFailedError(`Backup failed, no file was kept: ${how}${(error as Error).message}`, { cause: error });
  }
  return { name, file, bytes: (await stat(file)).size, ms: Math.round(performance.now() - started), ...choice };
}

async function choose(databaseUrl: string, setting: BackupFormatSetting) {
  if (setting !== 'auto') return chooseBackupFormat({ setting, serverMajor: 0, pgDumpMajor: null });
  const client = await openClient(databaseUrl).catch((error: Error) => {
    throw new Error(`cannot connect to the database: ${error.message}`, { cause: error });
  });
  try {
    const { major } = await serverVersion(client);
    return chooseBackupFormat({ setting, serverMajor: major, pgDumpMajor: await pgDumpMajor() });
  } finally {
    await client.end();
  }
}
