// One pg_dump of the database, in custom format (compressed, restorable table by table with
// pg_restore), written to a temporary name and renamed once complete: a dump that fails or is
// cut short leaves no file that looks like a backup.
import { chmod, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { backupFileName, partialFileName } from './backup-names';
import { pgToolCommand, runPgTool } from './pg-tools';

export interface DatabaseBackup {
  name: string;
  file: string;
  bytes: number;
  ms: number;
}

export class BackupFailedError extends Error {}

export async function backUpDatabase(options: { databaseUrl: string; dir: string; now?: Date }): Promise<DatabaseBackup> {
  const started = performance.now();
  // A dump holds password hashes and every user's data: readable by Shoebox's own user only.
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const name = backupFileName(options.now ?? new Date());
  const file = path.join(options.dir, name);
  const partial = path.join(options.dir, partialFileName(name));
  const command = await pgToolCommand('pg_dump', options.databaseUrl);
  try {
    await runPgTool(command, ['--format=custom', '--no-password', `--file=${partial}`]);
    await chmod(partial, 0o600);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw new BackupFailedError(`Backup failed, no file was kept: ${(error as Error).message}`, { cause: error });
  }
  return { name, file, bytes: (await stat(file)).size, ms: Math.round(performance.now() - started) };
}
