// Photo ingest figures (issue 3), on N generated 12-megapixel JPEGs:
//  - throughput of the whole pipeline (scan + EXIF + checksum + thumbnail + preview +
//    thumbhash + database, by the real worker process) against a bare sharp loop making the
//    same two sizes and the thumbhash from the same files with the same concurrency;
//  - the worker's peak RSS during that ingest;
//  - kill -9 of the worker halfway through a second ingest: how soon a new worker resumes the
//    stuck jobs, and that every photo ends done exactly once.
//   npm run bench:ingest [-- --photos 500 --concurrency 2]
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { rgbaToThumbHash } from 'thumbhash';
import { fmt, startBenchDatabase } from './support/bench-database';
import { photoLikeJpegs } from './support/photo-like-jpegs';

const { values } = parseArgs({ options: { photos: { type: 'string', default: '500' }, concurrency: { type: 'string', default: '2' } } });
const N = Number(values.photos);
const CONCURRENCY = Number(values.concurrency);

const files = await photoLikeJpegs(path.resolve('bench/.out/photos-12mp'), N);
const bench = await startBenchDatabase();
const { prisma } = await import('../lib/server/db');
const { requestLibraryScan } = await import('../lib/libraries/request-library-scan');
const { derivedFileExists } = await import('../tests/support/derived-files');

async function pool<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

// Baseline: the plainest sharp code that makes the same outputs.
async function bareSharp(file: string): Promise<void> {
  const image = sharp(await readFile(file)).rotate();
  await image.clone().resize(1440, 1440, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
  await image.clone().resize(250, 250, { fit: 'outside', withoutEnlargement: true }).webp({ quality: 72 }).toBuffer();
  const { data, info } = await image.clone().resize(100, 100, { fit: 'inside' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  rgbaToThumbHash(info.width, info.height, data);
}

function startWorker(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'worker/index.ts', '--concurrency', String(CONCURRENCY), '--no-watch'], {
    env: { ...process.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
}

const until = async (check: () => Promise<boolean>) => {
  while (!(await check())) await new Promise((r) => setTimeout(r, 100));
};

async function newLibrary(name: string) {
  const root = path.join(bench.workDir, name);
  await cp(path.dirname(files[0]), root, { recursive: true });
  const owner = await prisma().user.upsert({ where: { email: 'bench@example.test' }, create: { email: 'bench@example.test', name: 'Bench', passwordHash: 'x' }, update: {} });
  return prisma().library.create({ data: { ownerId: owner.id, name, rootPath: root, excludeGlobs: [] } });
}
const readyCount = (libraryId: string) => prisma().asset.count({ where: { libraryId, ingestStatus: { not: 'pending' } } });

// 1. Bare sharp loop.
let start = performance.now();
await pool(files, CONCURRENCY, bareSharp);
const bareSeconds = (performance.now() - start) / 1000;

// 2. The whole pipeline, by a real worker process.
const first = await newLibrary('pipeline');
const worker = startWorker();
start = performance.now();
await requestLibraryScan(first.id, 'manual');
await until(async () => (await prisma().asset.count({ where: { libraryId: first.id } })) === N && (await readyCount(first.id)) === N);
const pipelineSeconds = (performance.now() - start) / 1000;
const rss = await peakRssMb(worker.pid!);
worker.kill('SIGTERM');
await new Promise((r) => worker.once('exit', r));

// 3. kill -9 halfway through, then a new worker.
const second = await newLibrary('crash');
const doomed = startWorker();
await requestLibraryScan(second.id, 'manual');
await until(async () => (await readyCount(second.id)) >= N / 2);
const stuck = await prisma().$queryRaw<{ id: bigint }[]>`SELECT id FROM graphile_worker.jobs WHERE locked_at IS NOT NULL`;
doomed.kill('SIGKILL');
await new Promise((r) => doomed.once('exit', r));
const killedAt = performance.now();
const rescuer = startWorker();
const stuckIds = stuck.map((s) => s.id);
await until(async () => {
  const left = await prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE id = ANY(${stuckIds}::bigint[])`;
  return Number(left[0].n) === 0;
});
const resumeSeconds = (performance.now() - killedAt) / 1000;
await until(async () => (await readyCount(second.id)) === N);
rescuer.kill('SIGTERM');
await new Promise((r) => rescuer.once('exit', r));
const assets = await prisma().asset.findMany({ where: { libraryId: second.id }, include: { derived: true } });
const distinctPaths = new Set(assets.map((a) => a.relPath)).size;
const derivedOk = (await Promise.all(assets.flatMap((a) => a.derived.map((d) => derivedFileExists(d.storageKey))))).filter(Boolean).length;
const derivedRows = assets.reduce((n, a) => n + a.derived.length, 0);

const bareRate = N / bareSeconds;
const pipeRate = N / pipelineSeconds;
console.log(`\nIngest of ${N} 12-megapixel JPEGs, concurrency ${CONCURRENCY}`);
console.log(`bare sharp loop (2 sizes + thumbhash): ${fmt(bareSeconds)} s  ${fmt(bareRate, 2)} photos/s`);
console.log(`whole pipeline (worker + database):    ${fmt(pipelineSeconds)} s  ${fmt(pipeRate, 2)} photos/s`);
console.log(`throughput ratio pipeline / bare:      ${fmt(pipeRate / bareRate, 2)}×  (target ≥ 0.8×)`);
console.log(`worker peak RSS during ingest:         ${fmt(rss, 0)} MB  (target ≤ 1024 MB)`);
console.log(`kill -9 halfway: ${stuck.length} stuck jobs resumed and finished ${fmt(resumeSeconds)} s after the kill (target ≤ 60 s)`);
console.log(`after the crash: ${assets.length} assets, ${distinctPaths} distinct paths, ${assets.filter((a) => a.ingestStatus === 'ready').length} ready, ${derivedRows} derived rows, ${derivedOk} derived files present (expected ${N}, ${N}, ${N}, ${2 * N}, ${2 * N})`);
await bench.stop();
