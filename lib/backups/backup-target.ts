// Where finished backups are kept and pruned. Every dump is first written to the local folder
// (DATA_DIR/backups); each target then keeps its own copy and applies retention to it.
//
// SEAM for object storage: when STORAGE_DRIVER=s3 (lib/storage), backupTargets() should also
// return a target that uploads `file` to the bucket under `backups/<name>`, lists
// `backups/` for retention and deletes pruned keys. Only the local target exists here.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

export interface BackupTarget {
  /** Shown to the person running a backup: where the copy went. */
  describe(name: string): string;
  /** Keeps the complete dump at `file` (always in the local backups folder) under `name`. */
  store(file: string, name: string): Promise<void>;
  /** Every file name this target holds (retention ignores names that are not backups). */
  list(): Promise<string[]>;
  remove(name: string): Promise<void>;
}

export function localBackupTarget(dir: string): BackupTarget {
  return {
    describe: (name) => path.join(dir, name),
    store: async () => undefined, // the dump was written here
    list: async () => (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name),
    remove: (name) => rm(path.join(dir, name), { force: true }),
  };
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function backupTargets(dataDir: string): BackupTarget[] {
  return [localBackupTarget(backupsDir(dataDir))];
}
