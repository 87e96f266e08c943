// One suite for both drivers (the data dir and a real S3-protocol server on loopback), each
// with and without encryption at rest: what a caller stores is what it reads back, whole or
// by range, and a wrong key or a damaged file is an error, never bytes.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_PLAIN, encryptionKey } from '@/lib/storage/encryption';
import { LocalDriver } from '@/lib/storage/local-driver';
import { ObjectStore } from '@/lib/storage/object-store';
import { S3Driver } from '@/lib/storage/s3-driver';
import type { StorageDriver } from '@/lib/storage/storage-driver';
import { startLoopbackS3, type LoopbackS3 } from '../support/s3-server';

let s3: LoopbackS3;
let scratch: string;
const drivers: StorageDriver[] = [];

beforeAll(async () => {
  s3 = await startLoopbackS3();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'shoebox-store-'));
});
afterAll(async () => {
  drivers.forEach((d) => (d instanceof S3Driver ? d.destroy() : undefined));
  await s3.close();
  await rm(scratch, { recursive: true, force: true });
});

function makeDriver(kind: 'local' | 's3', name: string): StorageDriver {
  const driver =
    kind === 'local'
      ? new LocalDriver(path.join(scratch, name))
      : new S3Driver({ endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, forcePathStyle: true, prefix: `${name}/` });
  drivers.push(driver);
  return driver;
}

const KEY = encryptionKey(randomBytes(32));
const OTHER_KEY = encryptionKey(randomBytes(32));
const bytesOf = async (stream: ReadableStream<Uint8Array> | null) => Buffer.from(await new Response(stream).arrayBuffer());

describe.each([
  { kind: 'local' as const, encrypted: false },
  { kind: 'local' as const, encrypted: true },
  { kind: 's3' as const, encrypted: false },
  { kind: 's3' as const, encrypted: true },
])('$kind storage, encrypted: $encrypted', ({ kind, encrypted }) => {
  let driver: StorageDriver;
  let store: ObjectStore;
  // Three and a half encryption chunks, so ranges cross chunk boundaries.
  const data = randomBytes(CHUNK_PLAIN * 3 + CHUNK_PLAIN / 2);

  beforeAll(() => {
    driver = makeDriver(kind, `${kind}-${encrypted ? 'enc' : 'plain'}`);
    store = new ObjectStore(driver, encrypted ? KEY : null);
  });

  it('reads back what was put, whole and by size, and a missing key is null', async () => {
    await store.put('thumb/ab/one.webp', data);
    expect(await store.size('thumb/ab/one.webp')).toBe(data.length);
    expect((await store.read('thumb/ab/one.webp'))!.equals(data)).toBe(true);
    const opened = await store.open('thumb/ab/one.webp');
    expect(opened!.size).toBe(data.length);
    const body = opened!.body instanceof Uint8Array ? Buffer.from(opened!.body) : await bytesOf(opened!.body);
    expect(body.equals(data)).toBe(true);
    expect(await store.exists('thumb/ab/one.webp')).toBe(true);
    expect(await store.read('thumb/ab/missing.webp')).toBeNull();
    expect(await store.size('thumb/ab/missing.webp')).toBeNull();
    expect(await store.open('thumb/ab/missing.webp')).toBeNull();
    expect(await store.openRange('thumb/ab/missing.webp', 0, 1)).toBeNull();
    expect(await store.exists('thumb/ab/missing.webp')).toBe(false);
  });

  it('keeps what is stored encrypted only when a key is set', async () => {
    await store.put('thumb/ab/plain-check.webp', data);
    const stored = (await driver.read('thumb/ab/plain-check.webp'))!;
    expect(stored.includes(data.subarray(1000, 1064))).toBe(!encrypted);
  });

  it.each([
    ['the first byte', 0, 0],
    ['a middle stretch', 1000, 5000],
    ['across a chunk boundary', CHUNK_PLAIN - 10, CHUNK_PLAIN + 10],
    ['across two boundaries', CHUNK_PLAIN - 1, 2 * CHUNK_PLAIN + 1],
    ['exactly one chunk', CHUNK_PLAIN, 2 * CHUNK_PLAIN - 1],
    ['the last byte', CHUNK_PLAIN * 3.5 - 1, CHUNK_PLAIN * 3.5 - 1],
    ['the tail', CHUNK_PLAIN * 3, CHUNK_PLAIN * 3.5 - 1],
  ])('answers a range: %s', async (_name, start, end) => {
    await store.put('preview/range.jpg', data);
    const got = await bytesOf(await store.openRange('preview/range.jpg', start, end));
    expect(got.equals(data.subarray(start, end + 1))).toBe(true);
    const object = await store.stat('preview/range.jpg'); // size first, then the range, as HTTP does
    expect(object!.size).toBe(data.length);
    expect((await bytesOf(await object!.openRange(start, end))).equals(got)).toBe(true);
  });

  it('stores an empty object and a streamed object of more than 5 MiB (multipart) byte for byte', async () => {
    await store.put('vtt/empty.vtt', Buffer.alloc(0));
    expect(await store.size('vtt/empty.vtt')).toBe(0);
    expect((await store.read('vtt/empty.vtt'))!.length).toBe(0);

    const big = randomBytes(6 * 1024 * 1024 + 12345);
    await store.putStream('transcode/big.mp4', Readable.from([big.subarray(0, 3_000_000), big.subarray(3_000_000)]));
    expect(await store.size('transcode/big.mp4')).toBe(big.length);
    expect((await store.read('transcode/big.mp4'))!.equals(big)).toBe(true);
    const opened = await store.open('transcode/big.mp4');
    expect(opened!.body).toBeInstanceOf(ReadableStream);
    expect((await bytesOf(opened!.body as ReadableStream<Uint8Array>)).equals(big)).toBe(true);

    const file = path.join(scratch, `backup-${kind}-${encrypted}.dump`);
    await writeFile(file, big);
    expect(await store.putFile('backups/db-1.dump', file)).toBe(big.length);
    expect(existsSync(file)).toBe(true); // a backup stays on disk too
    expect((await store.read('backups/db-1.dump'))!.equals(big)).toBe(true);
  });

  it('lists by prefix with sizes as stored, and removes', async () => {
    await store.put('backups/a.dump', Buffer.from('a'));
    await store.put('backups/b.dump', Buffer.from('bb'));
    const listed = [];
    for await (const page of store.list('backups/')) listed.push(...page);
    expect(listed.map((o) => o.key).sort()).toEqual(['backups/a.dump', 'backups/b.dump', 'backups/db-1.dump']);
    await store.remove('backups/a.dump');
    await store.remove('backups/a.dump'); // removing twice is fine
    expect(await store.exists('backups/a.dump')).toBe(false);
  });

  it('refuses keys that could leave the storage root', async () => {
    await expect(store.put('../escape', data)).rejects.toThrow(/Invalid storage key/);
    await expect(store.read('thumb/../../etc/passwd')).rejects.toThrow(/Invalid storage key/);
  });

  it.runIf(encrypted)('answers storage_key_mismatch for a wrong or missing key, never bytes', async () => {
    await store.put('thumb/ab/secret.webp', data);
    for (const other of [new ObjectStore(driver, OTHER_KEY), new ObjectStore(driver, null)]) {
      await expect(other.read('thumb/ab/secret.webp')).rejects.toMatchObject({ code: 'storage_key_mismatch', message: /STORAGE_ENCRYPTION_KEY/ });
      await expect(other.open('thumb/ab/secret.webp')).rejects.toMatchObject({ code: 'storage_key_mismatch' });
      await expect(other.size('thumb/ab/secret.webp')).rejects.toMatchObject({ code: 'storage_key_mismatch' });
      await expect(other.openRange('thumb/ab/secret.webp', 0, 10)).rejects.toMatchObject({ code: 'storage_key_mismatch' });
    }
  });

  it.runIf(encrypted)('fails a tampered byte, an object moved to another key and a truncated object', async () => {
    await store.put('thumb/ab/t.webp', data);
    const stored = (await driver.read('thumb/ab/t.webp'))!;
    const tampered = Buffer.from(stored);
    tampered[tampered.length - 100] ^= 1; // inside the last chunk
    await driver.put('thumb/ab/t.webp', tampered);
    await expect(store.read('thumb/ab/t.webp')).rejects.toMatchObject({ code: 'storage_damaged' });
    await expect(bytesOf(await store.openRange('thumb/ab/t.webp', data.length - 10, data.length - 1))).rejects.toThrow(/integrity/);
    // The first chunk is intact: a range inside it still reads.
    expect((await bytesOf(await store.openRange('thumb/ab/t.webp', 0, 99))).equals(data.subarray(0, 100))).toBe(true);

    await driver.put('thumb/ab/moved.webp', stored);
    await expect(store.read('thumb/ab/moved.webp')).rejects.toMatchObject({ code: 'storage_damaged' });

    const truncated = stored.subarray(0, stored.length - (CHUNK_PLAIN / 2 + 16)); // the last chunk dropped
    await driver.put('thumb/ab/short.webp', truncated);
    await expect(store.read('thumb/ab/short.webp')).rejects.toMatchObject({ code: 'storage_damaged' });
  });

  it.runIf(encrypted)('still reads objects written before encryption was turned on', async () => {
    await new ObjectStore(driver, null).put('thumb/ab/old.webp', data);
    expect((await store.read('thumb/ab/old.webp'))!.equals(data)).toBe(true);
    expect(await store.size('thumb/ab/old.webp')).toBe(data.length);
    expect((await bytesOf(await store.openRange('thumb/ab/old.webp', 10, 20))).equals(data.subarray(10, 21))).toBe(true);
  });
});
