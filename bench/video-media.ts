// Preview media figures (issue 11): per file, the time our video:media work takes (keyframe
// probe + seek sprite + both teasers) against two baselines measured in the same run:
//  - one full decode pass: `ffmpeg -i f -f null -`;
//  - Stash's method: one input-seek ffmpeg per sprite frame (then the frames tiled), and one
//    per teaser segment (encoding both sizes) joined by the concat demuxer;
// and the peak RSS of the process doing our work (/usr/bin/time; Linux folds the ffmpeg
// children it waited for into it, so this is the largest of node and one ffmpeg).
// Files: (a) the corpus webm, (b) a generated 10-minute 1080p30 H.264 with a 2 s keyframe
// interval and AAC, (c) a generated 60-minute 720p30 H.264 (x264's default keyframe interval);
// generated once into bench/.out/ with fast x264 settings and reused.
//   npm run bench:video-media [-- --only a,b,c]
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { corpusPath } from '../tests/support/corpus';
import { planTeaser } from '../lib/videos/teasers';
import { TILE_WIDTH } from '../lib/videos/sprite-plan';

const run = promisify(execFile);
const { values } = parseArgs({ options: { only: { type: 'string', default: 'a,b,c' } } });
const OUT = path.resolve('bench/.out');

const x264 = ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '28', '-pix_fmt', 'yuv420p'];
const generated = {
  b: { name: 'b-10min-1080p30.mp4', args: ['-f', 'lavfi', '-i', 'testsrc2=size=1920x1080:rate=30', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-t', '600', '-map', '0:v', '-map', '1:a', ...x264, '-g', '60', '-keyint_min', '60', '-sc_threshold', '0', '-c:a', 'aac', '-b:a', '128k'] },
  c: { name: 'c-60min-720p30.mp4', args: ['-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=30', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-t', '3600', '-map', '0:v', '-map', '1:a', ...x264, '-c:a', 'aac', '-b:a', '96k'] },
};

async function ensureGenerated(key: 'b' | 'c'): Promise<string> {
  const { name, args } = generated[key];
  const file = path.join(OUT, name);
  if (existsSync(file)) return file;
  await mkdir(OUT, { recursive: true });
  console.log(`generating ${name} (once; reused afterwards)…`);
  const temp = `${file}.tmp.mp4`;
  await run('ffmpeg', ['-v', 'error', '-y', ...args, '-movflags', '+faststart', temp], { maxBuffer: 1 << 24 });
  await rename(temp, file);
  return file;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const ffmpeg = (args: string[]) => run('ffmpeg', ['-v', 'error', '-y', ...args], { maxBuffer: 1 << 26 });

interface Ours {
  strategy: string;
  tiles: number[];
  durationS: number;
  width: number;
  totalMs: number;
  spriteMs: number;
  teasersMs: number;
  keyframesMs: number;
}

/** Our work in a child process under /usr/bin/time, for its peak RSS. */
function ours(file: string, dir: string): Promise<{ result: Ours; maxRssKb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'MAXRSS %M', process.execPath, '--import', 'tsx', 'bench/support/video-media-child.ts', file, dir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`child failed (${code}): ${err.slice(-2000)}`));
      const rss = /MAXRSS (\d+)/.exec(err);
      resolve({ result: JSON.parse(out.trim().split('\n').at(-1)!) as Ours, maxRssKb: Number(rss?.[1] ?? 0) });
    });
  });
}

/** Stash's way: one input seek per sprite frame, one per teaser segment, then concat -c copy. */
async function stash(file: string, dir: string, o: Ours): Promise<void> {
  const frames: string[] = [];
  for (const [i, t] of o.tiles.entries()) {
    const frame = path.join(dir, `stash-frame-${i}.jpg`);
    await ffmpeg(['-ss', t.toFixed(3), '-i', file, '-frames:v', '1', '-vf', `scale=${TILE_WIDTH}:-2`, '-q:v', '4', frame]);
    frames.push(frame);
  }
  const first = await sharp(frames[0]).metadata();
  const columns = Math.min(10, frames.length);
  await sharp({ create: { width: columns * first.width!, height: Math.ceil(frames.length / columns) * first.height!, channels: 3, background: '#000' } })
    .composite(frames.map((f, i) => ({ input: f, left: (i % columns) * first.width!, top: Math.floor(i / columns) * first.height! })))
    .jpeg({ quality: 80 })
    .toFile(path.join(dir, 'stash-sprite.jpg'));
  const lists = { sm: [] as string[], lg: [] as string[] };
  for (const [i, s] of planTeaser(o.durationS).entries()) {
    const sm = path.join(dir, `stash-seg-sm-${i}.mp4`);
    const lg = path.join(dir, `stash-seg-lg-${i}.mp4`);
    const enc = ['-an', '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '28', '-pix_fmt', 'yuv420p'];
    // -t before -i limits the input, so both outputs get the segment only.
    await ffmpeg(['-ss', s.startS.toFixed(3), '-t', s.lengthS.toFixed(3), '-i', file, '-vf', 'scale=-2:240', ...enc, sm, '-vf', 'scale=-2:480', ...enc, lg]);
    lists.sm.push(sm);
    lists.lg.push(lg);
  }
  for (const [size, segs] of Object.entries(lists)) {
    const list = path.join(dir, `stash-${size}.txt`);
    await writeFile(list, segs.map((s) => `file '${s}'`).join('\n'));
    await ffmpeg(['-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', '-movflags', '+faststart', path.join(dir, `stash-teaser-${size}.mp4`)]);
  }
}

const files: [string, string][] = [];
const only = new Set(values.only.split(','));
if (only.has('a')) files.push(['a', corpusPath('videos/echo-hereweare.webm')]);
if (only.has('b')) files.push(['b', await ensureGenerated('b')]);
if (only.has('c')) files.push(['c', await ensureGenerated('c')]);

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`video preview media — ${os.cpus().length} cores (${os.loadavg()[0].toFixed(2)} load at start; the machine may be shared)`);
for (const [label, file] of files) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shoebox-bench-media-'));
  try {
    const { result: o, maxRssKb } = await ours(file, dir);
    const decodeMs = await timed(() => run('ffmpeg', ['-v', 'error', '-i', file, '-f', 'null', '-']));
    const stashMs = await timed(() => stash(file, dir, o));
    console.log(
      [
        `(${label}) ${path.basename(file)} — ${o.durationS.toFixed(0)} s, sprite ${o.strategy} × ${o.tiles.length} tiles`,
        `  ours        ${s(o.totalMs)}  (keyframes ${s(o.keyframesMs)}, sprite ${s(o.spriteMs)}, teasers ${s(o.teasersMs)}), peak RSS ${(maxRssKb / 1024).toFixed(0)} MB`,
        `  full decode ${s(decodeMs)}  → ours / decode = ${(o.totalMs / decodeMs).toFixed(3)} (goal ≤ 0.3)`,
        `  Stash       ${s(stashMs)}  → Stash / ours = ${(stashMs / o.totalMs).toFixed(1)}× (goal ≥ 3×)`,
      ].join('\n'),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
