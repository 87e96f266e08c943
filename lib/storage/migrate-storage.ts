// Copies every stored object from one driver to another (`storage migrate --to s3|local`).
// Bytes are copied as stored, so encrypted objects stay encrypted and the key is not needed.
// Resumable: an object already at the target with the same size is skipped, so a run that was
// interrupted (Ctrl-C, a lost connection) picks up where it stopped. Each copy is verified by
// its size at the target. The source is left in place: it is removed by hand after switching.
import { Readable } from 'node:stream';
import type { StorageDriver, StoredObject } from './storage-driver';

export interface MigrationProgress {
  total: number;
  done: number;
  copied: number;
  skipped: number;
  copiedBytes: number;
}

export interface MigrationSummary extends MigrationProgress {
  /** True when the signal stopped the run before every object was visited. */
  interrupted: boolean;
}

// Small objects are read whole (one request each way); larger ones stream (multipart on S3).
const BUFFER_BELOW = 8 * 1024 * 1024;
const PARALLEL_COPIES = 4;

export async function migrateStorage(
  source: StorageDriver,
  target: StorageDriver,
  options: { signal?: AbortSignal; onProgress?: (progress: MigrationProgress) => void } = {},
): Promise<MigrationSummary> {
  const objects: StoredObject[] = [];
  for await (const page of source.list('')) objects.push(...page);
  const progress: MigrationProgress = { total: objects.length, done: 0, copied: 0, skipped: 0, copiedBytes: 0 };
  options.onProgress?.(progress);
  let next = 0;
  const copyNext = async (): Promise<void> => {
    while (next < objects.length && !options.signal?.aborted) {
      const object = objects[next++];
      if ((await target.size(object.key)) === object.size) progress.skipped += 1;
      else {
        await copyObject(source, target, object);
        progress.copied += 1;
        progress.copiedBytes += object.size;
      }
      progress.done += 1;
      options.onProgress?.(progress);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_COPIES }, copyNext));
  return { ...progress, interrupted: progress.done < progress.total };
}

async function copyObject(source: StorageDriver, target: StorageDriver, object: StoredObject): Promise<void> {
  if (object.size < BUFFER_BELOW) {
    const bytes = await source.read(object.key);
    if (!bytes) throw new Error(`${object.key} disappeared from the source during the migration`);
    await target.put(object.key, bytes);
  } else {
    const stream = await source.openRange(object.key, 0, object.size - 1);
    if (!stream) throw new Error(`${object.key} disappeared from the source during the migration`);
    await target.putStream(object.key, Readable.fromWeb(stream as import('node:stream/web').ReadableStream));
  }
  const copied = await target.size(object.key);
  if (copied !== object.size) throw new Error(`${object.key}: the copy holds ${copied ?? 'no'} bytes, the source ${object.size}; run the migration again`);
}
