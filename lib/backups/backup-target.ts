// Where finished backups are kept and pruned. Every dump is first written to the local folder
// (DATA_DIR/backups); each target then keeps its own copy and applies retention to it. With
// STORAGE_DRIVER=s3 the bucket gets a copy under `backups/` too: on several machines the local
// folder is one container's disk, the bucket is what outlives it (and with
// STORAGE_ENCRYPTION_KEY set, the copy there is encrypted like every other object).
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/server/env';
import { listObjects, putObjectFromFile, removeObject } from '@/lib/storage/storage';

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

const BUCKET_PREFIX = 'backups/';

export function bucketBackupTarget(): BackupTarget {
  return {
    describe: (name) => `s3://${env.S3_BUCKET}/${env.S3_PREFIX}${BUCKET_PREFIX}${name}`,
    store: async (file, name) => {
      await putObjectFromFile(`${BUCKET_PREFIX}${name}`, file);
    },
    list: async () => {
      const names: string[] = [];
      for await (const page of listObjects(BUCKET_PREFIX)) names.push(...page.map((o) => o.key.slice(BUCKET_PREFIX.length)));
      return names;
    },
    remove: (name) => removeObject(`${BUCKET_PREFIX}${name}`),
  };
}

export function backupTargets(dataDir: string): BackupTarget[] {
  const local = localBackupTarget(backupsDir(dataDir));
  return env.STORAGE_DRIVER === 's3' ? [local, bucketBackupTarget()] : [local];
}
