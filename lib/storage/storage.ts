// Derived files (thumbnails, previews, posters, sprites, teasers, clips) and other objects we
// own (backups under `backups/`), addressed by storage key, never by a path from a request.
// The driver (DATA_DIR/derived or an S3 bucket) and encryption at rest come from env; callers
// only see these functions. Originals stay in the library folders and never come here.
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { decodeEncryptionKey } from '@/lib/server/encryption-key';
import { env } from '@/lib/server/env';
import { encryptionKey } from './encryption';
import { LocalDriver } from './local-driver';
import { ObjectStore } from './object-store';
import { S3Driver } from './s3-driver';
import { assertStorageKey, type OpenedObject, type StorageDriver, type StoredObject } from './storage-driver';

/** The local derived folder; with the S3 driver it still holds tools' temp files. */
export function derivedRoot(): string {
  return path.join(env.DATA_DIR, 'derived');
}

/** A driver by name, configured from env (the S3_* variables for `s3`); `storage migrate` wants both. */
export function createDriver(kind: 'local' | 's3'): StorageDriver {
  if (kind === 'local') return new LocalDriver(derivedRoot());
  if (!env.S3_ENDPOINT || !env.S3_BUCKET) throw new Error('S3_ENDPOINT and S3_BUCKET must be set to use S3 storage.');
  return new S3Driver({
    endpoint: env.S3_ENDPOINT,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    prefix: env.S3_PREFIX,
  });
}

let store: ObjectStore | undefined;

/** The store every process uses, built once from env. */
export function objectStore(): ObjectStore {
  const raw = env.STORAGE_ENCRYPTION_KEY ? decodeEncryptionKey(env.STORAGE_ENCRYPTION_KEY) : null;
  store ??= new ObjectStore(createDriver(env.STORAGE_DRIVER), raw ? encryptionKey(raw) : null);
  return store;
}

export const putObject = (key: string, data: Uint8Array): Promise<void> => objectStore().put(key, data);

/** Streams a file into storage (a database backup); the file stays where it is. Returns its size. */
export const putObjectFromFile = (key: string, file: string): Promise<number> => objectStore().putFile(key, file);

export const putObjectStream = (key: string, body: Readable): Promise<void> => objectStore().putStream(key, body);

/**
 * Objects a tool writes itself (ffmpeg needs a seekable file for an MP4 with its index up
 * front): `write` gets one temp path per key, each ending in the key's own extension so the
 * tool can tell the format; when it succeeds every temp file is stored (renamed into place
 * locally, uploaded to S3), when it throws they are removed. Temp files sit in the local
 * derived folder, where a worker's start-up sweep finds any a crash left behind.
 */
export async function putObjectsWrittenBy(keys: string[], write: (tempPaths: string[]) => Promise<void>): Promise<number[]> {
  keys.forEach(assertStorageKey);
  const temps = keys.map((k) => `${path.join(derivedRoot(), k)}.${randomBytes(6).toString('hex')}.tmp${path.extname(k)}`);
  try {
    await Promise.all(temps.map((t) => mkdir(path.dirname(t), { recursive: true })));
    await write(temps);
    return await Promise.all(temps.map((t, i) => objectStore().putFile(keys[i], t, { move: true })));
  } finally {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
  }
}

/** Part of a stored object, for HTTP Range answers; null when the object is missing. */
export const openObjectRange = (key: string, start: number, end: number): Promise<ReadableStream<Uint8Array> | null> =>
  objectStore().openRange(key, start, end);

/** Size + ranged reads of one object, its header read once (HTTP Range answers). */
export const statObject = (key: string) => objectStore().stat(key);

/** The size of a stored object (plaintext bytes), or null when it is missing. */
export const objectSize = (key: string): Promise<number | null> => objectStore().size(key);

export const openObject = (key: string): Promise<OpenedObject | null> => objectStore().open(key);

/** A whole stored object (a preview, a sprite), or null when it is missing. */
export const readObject = (key: string): Promise<Buffer | null> => objectStore().read(key);

export const objectExists = (key: string): Promise<boolean> => objectStore().exists(key);

export const removeObject = (key: string): Promise<void> => objectStore().remove(key);

/** Objects under a key prefix (`backups/`), a page at a time; sizes as stored. */
export const listObjects = (prefix: string): AsyncGenerator<StoredObject[]> => objectStore().list(prefix);
