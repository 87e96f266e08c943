// Does ML slow down thumbnails? The same fresh library of N generated 12-megapixel photos is
// ingested twice in one run, by a real worker: with ML (every ingest queues ml:analyze) and by a
// worker started with --no-ml. The figure is the time until every photo has its thumbnail;
// target: with ML ≤ 1.1× without. Runs alternate (with ML first, so warm caches favour the run
// without ML) for --rounds rounds, each on a fresh copy; the best of each is compared, since on
// a shared machine the noise only ever adds time. Every run is printed.
//   npm run bench:ml-ingest [-- --photos 200 --concurrency 2 --rounds 2]
import { type ChildProcess, spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, startBenchDatabase } from './support/bench-database';
import { photoLikeJpegs } from './support/photo-like-jpegs';

const { values } = parseArgs({ options: { photos: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '2' }, rounds: { type: 'string', default: '2' } } });
const N = Number(values.photos);
const CONCURRENCY = Number(values.concurrency);
const ROUNDS = Number(values.rounds);

const files = await photoLikeJpegs(path.resolve('bench/.out/photos-12mp'), N);
const bench = await startBenchDatabase();
const { prisma } = await import('../lib/server/db');
const { requestLibraryScan } = await import('../lib/libraries/request-library-scan');
const owner = await prisma().user.create({ data: { email: 'bench-ml-ingest@example.test', name: 'Bench', passwordHash: 'x' } });

const until = async (check: () => Promise<boolean>) => {
  while (!(await check())) await new Promise((r) => setTimeout(r, 100));
};
const thumbs = (libraryId: string) => prisma().derived.count({ where: { kind: 'thumb', asset: { libraryId } } });
const analysed = (libraryId: string) => prisma().analysis.count({ where: { asset: { libraryId } } });

async function ingest(name: string, flags: string[]): Promise<{ seconds: number; analysedMeanwhile: number }> {
  const root = path.join(bench.workDir, name);
  await cp(path.dirname(files[0]), root, { recursive: true });
  const library = await prisma().library.create({ data: { ownerId: owner.id, name, rootPath: root, excludeGlobs: [] } });
  const worker: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'worker/index.ts', '--concurrency', String(CONCURRENCY), '--no-watch', ...flags], {
    env: { ...process.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const start = performance.now();
  await requestLibraryScan(library.id, 'manual');
  await until(async () => (await thumbs(library.id)) >= N);
  const seconds = (performance.now() - start) / 1000;
  const analysedMeanwhile = await analysed(library.id);
  worker.kill('SIGTERM');
  await new Promise((r) => worker.once('exit', r));
  // Analyses still queued stay for no one: the next run's --no-ml worker leaves them alone.
  return { seconds, analysedMeanwhile };
}

const withMl: Awaited<ReturnType<typeof ingest>>[] = [];
const withoutMl: Awaited<ReturnType<typeof ingest>>[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  withMl.push(await ingest(`with-ml-${round}`, []));
  withoutMl.push(await ingest(`without-ml-${round}`, ['--no-ml']));
}
const best = (runs: { seconds: number }[]) => Math.min(...runs.map((r) => r.seconds));
const ratio = best(withMl) / best(withoutMl);
console.log(`\nThumbnails of ${N} 12-megapixel photos, worker concurrency ${CONCURRENCY}, ${ROUNDS} round(s)`);
console.log(`with ML (ml:analyze queued by every ingest): ${withMl.map((r) => `${fmt(r.seconds)} s (${r.analysedMeanwhile} analysed by then)`).join(', ')}`);
console.log(`worker --no-ml:                              ${withoutMl.map((r) => `${fmt(r.seconds)} s`).join(', ')}`);
console.log(`ratio with / without (best of each):         ${fmt(ratio, 2)}×  (target ≤ 1.1×)`);
await bench.stop();
process.exit(0);
