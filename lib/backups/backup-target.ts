// Where finished backups are kept and pruned. Every dump is first written to the local folder
// (DATA_DIR/backups); each target then keeps its own copy and applies retention to it. With
// STORAGE_DRIVER=s3 the bucket gets a copy under `backups/` too: on several machines the local
// folder is one container's disk, the bucket is what outlives it (and with
// STORAGE_ENCRYPTION_KEY set, the copy there is encrypted like every other object).
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { env } from '@/lib/server/env';
import { listObjects, openObject, putObjectFromFile, removeObject } from '@/lib/storage/storage';
import { backupTakenAt } from './backup-names';

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

/**
 * A backup kept in the bucket, fetched (decrypted) into the local backups folder for a restore;
 * returns its path. Only backup names are accepted: the name becomes a key and a file name.
 */
export async function fetchBucketBackup(name: string, dataDir: string): Promise<string> {
  if (!backupTakenAt(name)) throw new Error(`${name} is not the name of a Shoebox backup (shoebox-YYYYMMDD-HHMMSS.dump).`);
  if (env.STORAGE_DRIVER !== 's3') throw new Error('Backups are in a bucket only with STORAGE_DRIVER=s3 (and the S3_* settings of that bucket).');
  const object = await openObject(`${BUCKET_PREFIX}${name}`);
  if (!object) throw new Error(`The bucket has no backup ${name}.`);
  const dir = backupsDir(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, name);
  const partial = `${file}.download`;
  if (object.body instanceof Uint8Array) await writeFile(partial, object.body, { mode: 0o600 });
  else await pipeline(Readable.fromWeb(object.body as WebReadableStream<Uint8Array>), createWriteStream(partial, { mode: 0o600 }));
  await rename(partial, file);
  return file;
}
