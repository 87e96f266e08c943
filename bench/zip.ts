// ZIP downloads (lib/downloads): throughput of a streamed ZIP of real corpus media against
// `cat` of the same files (both from the page cache), and a real zip64 archive: a 4.5 GiB
// (sparse) file then a small one, whose streamed length must equal the announced one and whose
// end records and central directory yauzl must read (sizes and offsets past 4 GiB). No
// database: the plan and the stream take rows. Never part of tests.
//
//   npm run bench:zip [-- --megabytes 512] [-- --no-zip64]
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, open, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { OriginalRow } from '@/lib/downloads/downloads.queries';
import { planZip } from '@/lib/downloads/plan-zip';
import { streamZip } from '@/lib/downloads/stream-zip';
import { corpusDir } from '../tests/support/corpus';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MEGABYTES = arg('--megabytes', 512);
const mb = (bytes: number) => bytes / 1024 / 1024;

async function corpusFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => path.join(e.parentPath, e.name));
}

/** Copies the corpus into a folder until it holds `megabytes`; the rows of its files. */
async function makeLibrary(root: string, megabytes: number): Promise<OriginalRow[]> {
  const sources = (await corpusFiles(path.join(corpusDir))).filter((f) => /\.(jpe?g|heic|heif|png|mp4|webm|mov|tiff?)$/i.test(f));
  const rows: OriginalRow[] = [];
  let total = 0;
  for (let round = 0; total < megabytes * 1024 * 1024; round++) {
    await mkdir(path.join(root, `r${round}`));
    for (const [i, source] of sources.entries()) {
      const relPath = `r${round}/${i}-${path.basename(source)}`;
      await copyFile(source, path.join(root, relPath));
      total += (await stat(source)).size;
      rows.push({ id: `${round}-${i}`, relPath, rootPath: root, status: 'online' });
    }
  }
  return rows;
}

/** Reads a ZIP stream to its end, keeping its last `keep` bytes; answers the length and the tail. */
async function drain(stream: ReadableStream<Uint8Array>, keep = 0): Promise<{ length: number; tail: Buffer }> {
  let length = 0;
  const recent: Uint8Array[] = [];
  let kept = 0;
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    length += r.value.length;
    if (!keep) continue;
    recent.push(r.value);
    kept += r.value.length;
    while (kept - recent[0].length >= keep) kept -= recent.shift()!.length;
  }
  return { length, tail: keep ? Buffer.concat(recent).subarray(-keep) : Buffer.alloc(0) };
}

async function throughput(root: string) {
  const rows = await makeLibrary(root, MEGABYTES);
  const files = rows.map((r) => path.join(root, r.relPath));
  spawnSync('cat', files, { stdio: ['ignore', 'ignore', 'inherit'] }); // warm the page cache
  let started = performance.now();
  spawnSync('sh', ['-c', 'cat "$@" > /dev/null', 'cat', ...files], { stdio: 'inherit' });
  const catSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const plan = await planZip(rows);
  const { length } = await drain(streamZip(plan));
  const zipSeconds = (performance.now() - started) / 1000;
  if (length !== plan.length) throw new Error(`announced ${plan.length}, sent ${length}`);
  const bytes = plan.bytes;
  console.log(`files ${rows.length}, originals ${mb(bytes).toFixed(0)} MiB, ZIP ${mb(length).toFixed(1)} MiB (Content-Length exact)`);
  console.log(`cat  ${(mb(bytes) / catSeconds).toFixed(0)} MiB/s (${catSeconds.toFixed(2)} s)`);
  console.log(`zip  ${(mb(bytes) / zipSeconds).toFixed(0)} MiB/s (${zipSeconds.toFixed(2)} s), ratio zip/cat ${(catSeconds / zipSeconds).toFixed(2)}`);
  console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024).toFixed(0)} MiB`);
}

/** yauzl over an archive of which only the tail is kept (the end records and directory live there). */
class TailReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly tail: Buffer,
    private readonly tailStart: number,
  ) {
    super();
  }
  _readStreamForRange(start: number, end: number): Readable {
    if (start < this.tailStart) throw new Error(`read at ${start}, before the kept tail`);
    return Readable.from([this.tail.subarray(start - this.tailStart, end - this.tailStart)]);
  }
}

async function zip64(root: string) {
  const big = 4.5 * 1024 ** 3;
  const handle = await open(path.join(root, 'huge.mov'), 'w');
  await handle.truncate(big); // sparse: no disk used, reads as zeros
  await handle.close();
  await copyFile(path.join(corpusDir, 'photos/orientation/Landscape_1.jpg'), path.join(root, 'after.jpg'));
  const rows: OriginalRow[] = ['huge.mov', 'after.jpg'].map((relPath) => ({ id: relPath, relPath, rootPath: root, status: 'online' }));
  const plan = await planZip(rows);
  const started = performance.now();
  const { length, tail } = await drain(streamZip(plan), 1024 * 1024);
  const seconds = (performance.now() - started) / 1000;
  if (length !== plan.length) throw new Error(`zip64: announced ${plan.length}, sent ${length}`);
  const entries = await new Promise<yauzl.Entry[]>((resolve, reject) => {
    yauzl.fromRandomAccessReader(new TailReader(tail, length - tail.length), length, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      const found: yauzl.Entry[] = [];
      file.on('entry', (e: yauzl.Entry) => (found.push(e), file.readEntry()));
      file.on('end', () => resolve(found));
      file.on('error', reject);
      file.readEntry();
    });
  });
  const [huge, after] = entries;
  const ok = huge.uncompressedSize === big && after.relativeOffsetOfLocalHeader > 2 ** 32 && after.uncompressedSize === (await stat(path.join(root, 'after.jpg'))).size;
  console.log(`zip64: ${mb(length).toFixed(0)} MiB in ${seconds.toFixed(1)} s (${(mb(length) / seconds).toFixed(0)} MiB/s), Content-Length exact, yauzl reads ${entries.length} entries: ${entries.map((e) => `${e.fileName} ${e.uncompressedSize} @${e.relativeOffsetOfLocalHeader}`).join(', ')} → ${ok ? 'OK' : 'WRONG'}`);
  if (!ok) process.exitCode = 1;
}

const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-bench-zip-'));
try {
  await throughput(await mkdtemp(path.join(root, 'lib-')));
  if (!process.argv.includes('--no-zip64')) await zip64(await mkdtemp(path.join(root, 'zip64-')));
} finally {
  await rm(root, { recursive: true, force: true });
}
