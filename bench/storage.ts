// Thumbnail latency through the real serve path (lib/assets/serve-derived.ts: access check,
// derived row, storage read, Response) with the local driver and with the S3 driver on
// s3rver (loopback), each with and without encryption at rest; same thumbnails, same database.
// Each configuration runs in its own child process (app modules read env once, at import).
// Prints p50/p95 and the ratio to local/plain, measured in the same run. Never part of tests.
//
//   npm run bench:storage [-- --assets 200 --iterations 400]
//   (BENCH_DATABASE_URL=postgres://… to use an empty database instead of embedded PostgreSQL)
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { startLoopbackS3 } from '../tests/support/s3-server';
import { fmt, startBenchDatabase } from './support/bench-database';
import { photoLikeJpegs } from './support/photo-like-jpegs';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ASSETS = arg('assets', 200);
const ITERATIONS = arg('iterations', 400);

const bench = await startBenchDatabase();
const s3 = await startLoopbackS3('shoebox-bench');
try {
  const { prisma } = await import('../lib/server/db');
  const { createUser } = await import('../tests/support/factories');
  const { createAsset, libraryOwner } = await import('../tests/support/asset-factory');
  const sharp = (await import('sharp')).default;

  // Real thumbnails: photo-like JPEGs resized the way ingest does (250 px short side, WebP).
  const [source] = await photoLikeJpegs(bench.workDir, 1);
  const thumb = await sharp(source).resize({ width: 375, height: 250, fit: 'cover' }).webp({ quality: 80 }).toBuffer();
  const thumbFile = path.join(bench.workDir, 'thumb.webp');
  await writeFile(thumbFile, thumb);
  const user = await createUser();
  const owner = await libraryOwner(user.id);
  const items: { assetId: string; key: string }[] = [];
  for (let i = 0; i < ASSETS; i++) {
    const assetId = await createAsset(owner, { local: '2024-05-01 12:00:00' });
    const key = `thumb/${assetId.slice(0, 2)}/${assetId}.webp`;
    await prisma().derived.create({ data: { assetId, kind: 'thumb', storageKey: key, width: 375, height: 250, bytes: thumb.length } });
    items.push({ assetId, key });
  }
  const plan = path.join(bench.workDir, 'plan.json');
  await writeFile(plan, JSON.stringify({ user: { id: user.id, role: user.role }, items, thumbFile, iterations: ITERATIONS }));
  console.log(`[bench] ${ASSETS} thumbnails of ${fmt(thumb.length / 1024)} KB, ${ITERATIONS} requests per configuration`);

  const key = randomBytes(32).toString('base64');
  const configs = [
    { name: 'local', env: {} },
    { name: 'local + encryption', env: { STORAGE_ENCRYPTION_KEY: key } },
    { name: 's3 (s3rver)', env: { ...s3.env, S3_PREFIX: 'plain' } },
    { name: 's3 (s3rver) + encryption', env: { ...s3.env, S3_PREFIX: 'sealed', STORAGE_ENCRYPTION_KEY: key } },
  ];
  const results: { name: string; p50: number; p95: number }[] = [];
  for (const [i, config] of configs.entries()) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'support/storage-serve-child.ts'), plan], {
      env: { ...process.env, DATA_DIR: path.join(bench.dataDir, String(i)), ...config.env },
      maxBuffer: 16 * 1024 * 1024,
    });
    results.push({ name: config.name, ...(JSON.parse(stdout.trim().split('\n').at(-1)!) as { p50: number; p95: number }) });
  }
  const base = results[0];
  for (const r of results) {
    console.log(`${r.name.padEnd(26)} p50 ${fmt(r.p50, 2)} ms  p95 ${fmt(r.p95, 2)} ms  ratio to local p50 ${fmt(r.p50 / base.p50, 2)}×  p95 ${fmt(r.p95 / base.p95, 2)}×`);
  }
} finally {
  await s3.close();
  await bench.stop();
}
