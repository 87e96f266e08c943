// With STORAGE_DRIVER=s3 and encryption at rest, a real corpus photo is ingested by the real
// job handlers and its thumbnail is served by the real route, whole and by Range, from the
// bucket (s3rver on loopback): nothing lands in DATA_DIR/derived, the bucket holds only
// ciphertext, and a server started with another key answers a clear error instead of bytes.
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackS3 } from '../support/s3-server';

// App modules read env once, at import: the S3 settings must be in place before the first.
const s3 = await startLoopbackS3();
const KEY = randomBytes(32);
Object.assign(process.env, s3.env, { S3_PREFIX: 'shoebox', STORAGE_ENCRYPTION_KEY: KEY.toString('base64') });

const { GET: thumbnailRoute } = await import('@/app/api/assets/[id]/thumbnail/route');
const { prisma } = await import('@/lib/server/db');
const { derivedRoot, objectStore } = await import('@/lib/storage/storage');
const { encryptionKey } = await import('@/lib/storage/encryption');
const { ObjectStore } = await import('@/lib/storage/object-store');
const { S3Driver } = await import('@/lib/storage/s3-driver');
const { scanLibrary } = await import('@/lib/libraries/scan-library');
const { createUser, signIn, request, params } = await import('../support/factories');
const { copyCorpus, createLibraryRow } = await import('../support/library-folder');
const { runQueuedJobs } = await import('../support/run-jobs');

let cookie: string;
let assetId: string;
let storageKey: string;

beforeAll(async () => {
  const root = await copyCorpus('photos/orientation');
  const owner = await createUser();
  cookie = (await signIn(owner.id)).cookie;
  const library = await createLibraryRow(owner.id, root);
  await scanLibrary(library.id);
  await runQueuedJobs();
  const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId: library.id, relPath: 'photos/orientation/Landscape_6.jpg', ingestStatus: 'ready' }, include: { derived: true } });
  assetId = asset.id;
  storageKey = asset.derived.find((d) => d.kind === 'thumb')!.storageKey;
}, 180_000);

afterAll(async () => {
  await s3.close();
});

const getThumb = (headers: Record<string, string> = {}) =>
  thumbnailRoute(request(`/api/assets/${assetId}/thumbnail`, { cookie, headers }), params({ id: assetId }));

describe('derived files on S3, encrypted at rest', () => {
  it('serves the thumbnail from the bucket, whole and by Range', async () => {
    const whole = await getThumb();
    expect(whole.status).toBe(200);
    expect(whole.headers.get('cache-control')).toContain('private');
    const bytes = Buffer.from(await whole.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(Math.min(meta.width!, meta.height!)).toBe(250); // a real, upright thumbnail
    expect(meta.width!).toBeGreaterThan(meta.height!);

    const part = await getThumb({ range: 'bytes=100-1099' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 1100))).toBe(true);
    const tail = await getThumb({ range: `bytes=${bytes.length - 10}-` });
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(bytes.length - 10))).toBe(true);
  });

  it('keeps nothing under DATA_DIR/derived and only ciphertext in the bucket', async () => {
    const left = await readdir(derivedRoot(), { recursive: true, withFileTypes: true }).catch(() => []);
    expect(left.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))).toEqual([]);
    const raw = await objectStore().driver.read(storageKey);
    expect(raw!.subarray(0, 6).toString()).toBe('SBXENC');
    const plain = await objectStore().read(storageKey);
    expect(raw!.includes(plain!.subarray(200, 264))).toBe(false);
  });

  it('answers storage_key_mismatch, not bytes, when the key is not the one the files were written with', async () => {
    // The thumbnail rewritten by a server that had another key: ours must refuse it.
    const driver = new S3Driver({ endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'shoebox/' });
    const plain = (await objectStore().read(storageKey))!;
    await new ObjectStore(driver, encryptionKey(randomBytes(32))).put(storageKey, plain);
    driver.destroy();
    for (const headers of [{}, { range: 'bytes=0-99' }] as Record<string, string>[]) {
      const answer = await getThumb(headers);
      expect(answer.status).toBe(500);
      expect(answer.headers.get('content-type')).toContain('application/json');
      const body = (await answer.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('storage_key_mismatch');
      expect(body.error.message).toMatch(/STORAGE_ENCRYPTION_KEY/);
    }
  });
});
