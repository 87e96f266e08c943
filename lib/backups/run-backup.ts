// A backup as the nightly job and `npm run shoebox -- backup` run it: dump, hand the file to
// every target, then apply retention on each. The new backup is never pruned (it is the
// newest of its day).
import { backupTakenAt } from './backup-names';
import { backupsDir, backupTargets } from './backup-target';
import { backUpDatabase, type DatabaseBackup } from './back-up-database';
import type { BackupFormatSetting } from './choose-backup-format';
import { type BackupFile, chooseBackupsToKeep, type Retention } from './prune-backups';

export interface BackupRun extends DatabaseBackup {
  locations: string[];
  removed: string[];
}

export async function runBackup(options: { databaseUrl: string; dataDir: string; retention: Retention; now?: Date; format?: BackupFormatSetting }): Promise<BackupRun> {
  const backup = await backUpDatabase({ databaseUrl: options.databaseUrl, dir: backupsDir(options.dataDir), now: options.now, format: options.format });
  const locations: string[] = [];
  const removed: string[] = [];
  for (const target of backupTargets(options.dataDir)) {
    await target.store(backup.file, backup.name);
    locations.push(target.describe(backup.name));
    const files = (await target.list()).flatMap((name): BackupFile[] => {
      const takenAt = backupTakenAt(name);
      return takenAt ? [{ name, takenAt }] : [];
    });
    for (const old of chooseBackupsToKeep(files, options.retention).remove) {
      await target.remove(old.name);
      removed.push(target.describe(old.name));
    }
  }
  return { ...backup, locations, removed };
}
