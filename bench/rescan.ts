// Rescan of an unchanged library: 100,000 files in at most 3× the time of a bare recursive
// readdir+stat of the same tree (issue 3). Prints both, files per second and the ratio.
//   npm run bench:rescan [-- --files 100000]
import { mkdir, opendir, stat, writeFile } from 'node:fs/promises';
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

async function bareWalk(dir: string): Promise<number> {
  let count = 0;
  const pending = [dir];
  while (pending.length) {
    const current = pending.pop()!;
    for await (const entry of await opendir(current)) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) {
        await stat(full);
        count += 1;
      }
    }
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
// Warm the page cache for both equally, then take the best of three of each.
await bareWalk(root);
const bare: number[] = [];
const rescan: number[] = [];
let counts;
for (let run = 0; run < 3; run++) {
  bare.push(await time(() => bareWalk(root)));
  rescan.push(await time(async () => (counts = await scanLibrary(library.id))));
}
const bareBest = Math.min(...bare);
const rescanBest = Math.min(...rescan);
console.log(`first scan indexed ${first?.added.toLocaleString()} files; rescan result: ${JSON.stringify(counts)}`);
console.log(`bare readdir+stat:        ${fmt(bareBest, 3)} s  (${fmt(FILES / bareBest, 0)} files/s)`);
console.log(`rescan (unchanged):       ${fmt(rescanBest, 3)} s  (${fmt(FILES / rescanBest, 0)} files/s)`);
console.log(`ratio rescan / bare walk: ${fmt(rescanBest / bareBest, 2)}×  (target ≤ 3×)`);
await bench.stop();
