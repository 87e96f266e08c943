// ML analysis figures (issue 13), on N generated 12-megapixel photos ingested first (by a
// --no-ml worker, so their ml:analyze jobs wait):
//  - photos/s of each registered analysis part (colours, quality, and whatever else is in
//    lib/ml/analysis-parts.ts when it runs: pHash, CLIP, faces), timed in a child process, one
//    photo at a time; a part whose model is missing is listed as waiting;
//  - the real worker (concurrency 2) analysing the whole library: photos/s end to end, against
//    the same worker's ingest of it (the baseline: how much longer a library takes with ML);
//  - that worker's peak RSS (target ≤ 1.5 GB).
// CLIP runs the project's generated tiny stand-in model (scripts/make-tiny-clip.ts), so the real
// loading, preprocessing, batching and storing are timed without the 154 MB download; set
// ML_CLIP_MODEL (and ML_MODELS_DIR) to time a real model you have.
//   npm run bench:ml [-- --photos 200]
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { fmt, startBenchDatabase } from './support/bench-database';
import { photoLikeJpegs } from './support/photo-like-jpegs';

const { values } = parseArgs({ options: { photos: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '2' } } });
const N = Number(values.photos);
const CONCURRENCY = Number(values.concurrency);
const RSS_TARGET_MB = 1536;

if (!process.env.ML_CLIP_MODEL) {
  const { buildTinyClip } = await import('../scripts/tiny-clip/build-tiny-clip');
  const modelsDir = path.resolve('bench/.out/models');
  await buildTinyClip(path.join(modelsDir, 'shoebox/tiny-clip'));
  // The children (the per-part timer and the worker) read these at start.
  Object.assign(process.env, { ML_CLIP_MODEL: 'shoebox/tiny-clip', ML_MODELS_DIR: modelsDir, ML_MODELS_OFFLINE: 'true' });
}
const files = await photoLikeJpegs(path.resolve('bench/.out/photos-12mp'), N);
const bench = await startBenchDatabase();
const { prisma } = await import('../lib/server/db');
const { requestLibraryScan } = await import('../lib/libraries/request-library-scan');

const until = async (check: () => Promise<boolean>) => {
  while (!(await check())) await new Promise((r) => setTimeout(r, 200));
};
function startWorker(flags: string[] = []): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'worker/index.ts', '--concurrency', String(CONCURRENCY), '--no-watch', ...flags], { env: { ...process.env }, stdio: ['ignore', 'ignore', 'inherit'] });
}
async function stopWorker(worker: ChildProcess): Promise<void> {
  worker.kill('SIGTERM');
  await new Promise((r) => worker.once('exit', r));
}
const peakRssMb = async (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const mlJobsLeft = async () => Number((await prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'ml:analyze'`)[0].n);

// 1. Ingest (the baseline), ML left queued.
const root = path.join(bench.workDir, 'library');
await cp(path.dirname(files[0]), root, { recursive: true });
const owner = await prisma().user.create({ data: { email: 'bench-ml@example.test', name: 'Bench', passwordHash: 'x' } });
const library = await prisma().library.create({ data: { ownerId: owner.id, name: 'ml', rootPath: root, excludeGlobs: [] } });
const ingester = startWorker(['--no-ml']);
let start = performance.now();
await requestLibraryScan(library.id, 'manual');
await until(async () => (await prisma().asset.count({ where: { libraryId: library.id, ingestStatus: 'ready' } })) === N);
const ingestSeconds = (performance.now() - start) / 1000;
await stopWorker(ingester);

// 2. Each part on its own, in a child process.
const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/support/ml-parts-child.ts', library.id], { env: process.env, maxBuffer: 1 << 20 });
const perPart = JSON.parse(stdout.trim().split('\n').pop()!) as { assets: number; loadSeconds: number; parts: { name: string; seconds: number | null; waiting: string | null }[]; peakRssMb: number };
await prisma().analysis.deleteMany({}); // the child wrote analyses: the worker starts from none

// 3. The real worker analysing the library.
const worker = startWorker();
start = performance.now();
await until(async () => (await mlJobsLeft()) === 0);
const analyseSeconds = (performance.now() - start) / 1000;
const workerRss = await peakRssMb(worker.pid!);
await stopWorker(worker);
const analysed = await prisma().analysis.count({ where: { coloursAt: { not: null } } });

const rate = (seconds: number) => N / seconds;
console.log(`\nML analysis of ${N} 12-megapixel photos (from their 1440 px previews), concurrency ${CONCURRENCY}, CLIP model ${process.env.ML_CLIP_MODEL}`);
console.log(`reading the previews (once per asset):    ${fmt(rate(perPart.loadSeconds), 1)} photos/s`);
let sum = 0;
for (const part of perPart.parts) {
  if (part.seconds === null) {
    console.log(`part ${part.name.padEnd(12)} waiting: ${part.waiting}`);
    continue;
  }
  sum += part.seconds;
  console.log(`part ${part.name.padEnd(12)} ${fmt(rate(part.seconds), 1).padStart(7)} photos/s  (${fmt((part.seconds / N) * 1000, 0)} ms/photo, one at a time)`);
}
console.log(`all parts, one at a time:                 ${fmt(rate(sum + perPart.loadSeconds), 1)} photos/s  (per-part child peak RSS ${fmt(perPart.peakRssMb, 0)} MB)`);
console.log(`ingest by the worker (baseline):          ${fmt(rate(ingestSeconds), 2)} photos/s  ${fmt(ingestSeconds)} s`);
console.log(`analysis by the worker (ml:analyze):      ${fmt(rate(analyseSeconds), 2)} photos/s  ${fmt(analyseSeconds)} s  (${analysed}/${N} analysed)`);
console.log(`analysis time / ingest time:              ${fmt(analyseSeconds / ingestSeconds, 2)}×`);
console.log(`worker peak RSS while analysing:          ${fmt(workerRss, 0)} MB  (${fmt(workerRss / RSS_TARGET_MB, 2)}× the 1.5 GB target)`);
await bench.stop();
process.exit(0);
