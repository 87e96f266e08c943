// `storage migrate`: every derived object reaches the other storage byte for byte; a run
// interrupted part-way (Ctrl-C aborts its signal) is resumed by the next, which copies only
// the rest; encrypted objects stay encrypted and still read with the key at the target.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptionKey } from '@/lib/storage/encryption';
import { LocalDriver } from '@/lib/storage/local-driver';
import { migrateStorage } from '@/lib/storage/migrate-storage';
import { ObjectStore } from '@/lib/storage/object-store';
import { S3Driver } from '@/lib/storage/s3-driver';
import { startLoopbackS3, type LoopbackS3 } from '../support/s3-server';

let s3: LoopbackS3;
let scratch: string;
let bucket: S3Driver;

beforeAll(async () => {
  s3 = await startLoopbackS3();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'shoebox-migrate-'));
  bucket = new S3Driver({ endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, forcePathStyle: true, prefix: 'lib/' });
});
afterAll(async () => {
  bucket.destroy();
  await s3.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('storage migrate', () => {
  it('copies to S3, resumes after an interruption with only the rest, and back to local', async () => {
    const local = new LocalDriver(path.join(scratch, 'derived'));
    const key = encryptionKey(randomBytes(32));
    const sealed = new ObjectStore(local, key);
    const originals = new Map<string, Buffer>();
    for (let i = 0; i < 12; i++) {
      const k = `thumb/${String(i % 3).padStart(2, '0')}/asset-${i}.webp`;
      originals.set(k, randomBytes(1000 + i * 997));
      await sealed.put(k, originals.get(k)!);
    }
    const large = 'transcode/aa/video.mp4'; // streamed (multipart) rather than read whole
    originals.set(large, randomBytes(9 * 1024 * 1024));
    await sealed.put(large, originals.get(large)!);

    const stop = new AbortController();
    const first = await migrateStorage(local, bucket, { signal: stop.signal, onProgress: (p) => p.copied >= 5 && stop.abort() });
    expect(first.interrupted).toBe(true);
    expect(first.copied).toBeGreaterThanOrEqual(5);
    expect(first.copied).toBeLessThan(13);

    const second = await migrateStorage(local, bucket);
    expect(second).toMatchObject({ interrupted: false, total: 13, skipped: first.copied, copied: 13 - first.copied });

    const atTarget = new ObjectStore(bucket, key);
    for (const [k, bytes] of originals) expect((await atTarget.read(k))!.equals(bytes), k).toBe(true);
    expect((await migrateStorage(local, bucket)).copied).toBe(0); // a third run finds nothing to do

    const back = new LocalDriver(path.join(scratch, 'derived-again'));
    const reverse = await migrateStorage(bucket, back);
    expect(reverse).toMatchObject({ copied: 13, interrupted: false });
    expect((await new ObjectStore(back, key).read(large))!.equals(originals.get(large)!)).toBe(true);
  });
});
