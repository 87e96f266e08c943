// Rescan of an unchanged library (issues 3 and 16): 100,000 files at ≥ 50,000 files/s and in at
// most 1.2× the time of the fastest bare walk Node can make of the same tree (every folder
// listed, every file stat'ed, nothing else). Prints both, files per second, the ratio, and the
// machine's load beside them (the machine is shared: a busy neighbour slows both).
//   npm run bench:rescan [-- --files 100000]
import { readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, startBenchDatabase } from './support/bench-database';

const { values } = parseArgs({ options: { files: { type: 'string', default: '100000' } } });
const FILES = Number(values.files);
const PER_DIR = 200;

const bench = await startBenchDatabase();
const { prisma } = await import('../lib/server/db');
const { scanLibrary } = await import('../lib/libraries/scan-library');

const root = path.join(bench.workDir, 'library');
console.log(`Creating ${FILES.toLocaleString()} files…`);
for (let i = 0; i < FILES; i++) {
  const dir = path.join(root, `${Math.floor(i / (PER_DIR * 50))}`, `${Math.floor(i / PER_DIR)}`);
  if (i % PER_DIR === 0) await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `IMG_${i}.jpg`), 'x');
}

// The fastest walk measured here (2 cores, ext4, page cache warm; files/s for 100,000 files):
// synchronous readdirSync({ withFileTypes }) + statSync, a folder per turn of the event loop,
// ~330,000; the same from 1–3 worker threads, 230,000–320,000 (the threads contend in the
// kernel and the messages cost); a pool of concurrent readdir/stat promises (4–16 folders,
// 16–256 stats in flight), 85,000–240,000; one awaited stat at a time, 28,000. A cached stat
// takes ~3 µs, a round trip through libuv's thread pool several times that, and calls in
// flight only queue for its 4 threads: nothing beats making the calls directly.
async function bareWalk(dir: string): Promise<number> {
  let count = 0;
  const pending = [dir];
  while (pending.length) {
    const current = pending.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = `${current}/${entry.name}`;
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && statSync(full, { throwIfNoEntry: false })) count += 1;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return count;
}

const owner = await prisma().user.create({ data: { email: 'bench@example.test', name: 'Bench', passwordHash: 'x' } });
const library = await prisma().library.create({ data: { ownerId: owner.id, name: 'bench', rootPath: root, excludeGlobs: [] } });
console.log('First scan (indexes every file)…');
const first = await scanLibrary(library.id);
await prisma().$executeRaw`DELETE FROM graphile_worker._private_jobs`; // not measuring ingest here

const time = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
};
// Warm the page cache for both equally, then take the best of five of each (the machine is shared).
await bareWalk(root);
const bare: number[] = [];
const rescan: number[] = [];
let counts;
for (let run = 0; run < 5; run++) {
  bare.push(await time(() => bareWalk(root)));
  rescan.push(await time(async () => (counts = await scanLibrary(library.id))));
}
const bareBest = Math.min(...bare);
const rescanBest = Math.min(...rescan);
const load = os.loadavg().map((l) => fmt(l, 2)).join(' / ');
console.log(`first scan indexed ${first?.added.toLocaleString()} files; rescan result: ${JSON.stringify(counts)}`);
console.log(`bare walk (readdirSync+statSync): ${fmt(bareBest, 3)} s  (${fmt(FILES / bareBest, 0)} files/s)`);
console.log(`rescan (unchanged):               ${fmt(rescanBest, 3)} s  (${fmt(FILES / rescanBest, 0)} files/s; target ≥ 50,000 files/s)`);
console.log(`ratio rescan / bare walk:         ${fmt(rescanBest / bareBest, 2)}×  (target ≤ 1.2×)`);
console.log(`machine load (1 / 5 / 15 min):    ${load}  on ${os.availableParallelism()} cores`);
await bench.stop();
