// Upload figures (issue 15), over loopback:
//  - 100 12-megapixel JPEGs (10 generated ones, each copied with a unique tail) through tus (tus-js-client in Node, SHA-1 computed by the
//    client first, as the browser does) against a bare `curl -T` PUT of the same bytes to a
//    Node HTTP server that only writes them to disk, in the same run; throughput and ratio
//    (goal ≥ 0.8×);
//  - resume after killing the web process mid-upload: a 256 MB file, the server killed (-9)
//    at ~40 %, started again, the upload resumed; the bytes re-sent that the server already
//    had (goal 0).
//   npm run bench:upload [-- --photos 100]
import { execFile, fork, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { Upload } from 'tus-js-client';
import { corpusPath } from '../tests/support/corpus';
import { freePort } from '../tests/support/free-port';
import { fmt, startBenchDatabase } from './support/bench-database';
import { photoLikeJpegs } from './support/photo-like-jpegs';

const run = promisify(execFile);
const { values } = parseArgs({ options: { photos: { type: 'string', default: '100' }, bases: { type: 'string', default: '10' } } });
const N = Number(values.photos);

// A few generated 12 MP photos (generating 100 takes half an hour on a busy 2-core machine),
// each copied with a distinct trailer after the JPEG's end so every file has its own SHA-1
// (duplicates would be refused before sending).
const BASES = Math.min(N, Number(values.bases));
const bases = await photoLikeJpegs(path.resolve('bench/.out/photos-12mp'), BASES);
const variedDir = path.resolve('bench/.out/upload-photos');
await mkdir(variedDir, { recursive: true });
const files = await Promise.all(
  Array.from({ length: N }, async (_, i) => {
    const file = path.join(variedDir, `photo-${String(i).padStart(3, '0')}.jpg`);
    await writeFile(file, Buffer.concat([await readFile(bases[i % bases.length]), Buffer.from(`shoebox-bench-${i}`)]));
    return file;
  }),
);
const bench = await startBenchDatabase();
const { prisma } = await import('../lib/server/db');
const { createApiKey } = await import('../lib/auth/create-api-key');
const user = await prisma().user.create({ data: { email: 'bench@example.test', name: 'Bench', passwordHash: 'x' } });
const { secret } = await createApiKey(user.id, { name: 'bench', scope: 'read_write' });
const rawDir = path.join(bench.workDir, 'raw');
await mkdir(rawDir);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;

function startServer(): Promise<ChildProcess> {
  const child = fork(path.resolve('bench/support/upload-server-child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_UPLOAD_PORT: String(port), BENCH_RAW_DIR: rawDir },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`upload server exited (${code})`)));
  });
}

function tusUpload(bytes: Buffer, name: string, options: { uploadUrl?: string; onProgress?: (sent: number) => void; onFirstPatchOffset?: (offset: number) => void } = {}): Promise<string> {
  const checksum = createHash('sha1').update(bytes).digest('hex');
  let firstPatch = true;
  return new Promise((resolve, reject) => {
    const upload = new Upload(bytes, {
      endpoint: `${base}/api/uploads/tus`,
      uploadUrl: options.uploadUrl,
      chunkSize: 8 * 1024 * 1024,
      headers: { authorization: `Bearer ${secret}` },
      metadata: { filename: name, checksum },
      retryDelays: [200, 500, 1000, 2000, 4000],
      onBeforeRequest: (req) => {
        if (req.getMethod() === 'PATCH' && firstPatch) {
          firstPatch = false;
          options.onFirstPatchOffset?.(Number(req.getHeader('Upload-Offset')));
        }
      },
      onProgress: options.onProgress,
      onSuccess: () => resolve(upload.url!),
      onError: reject,
    });
    upload.start();
  });
}

let server = await startServer();
const totalBytes = (await Promise.all(files.map((f) => stat(f)))).reduce((n, s) => n + s.size, 0);
console.log(`${N} photos, ${fmt(totalBytes / 1024 / 1024)} MB (${fmt(totalBytes / N / 1024 / 1024, 2)} MB each), one at a time`);

// Baseline first: the page cache then holds the files for both runs alike.
let t = performance.now();
for (const f of files) await run('curl', ['-s', '-f', '-T', f, `${base}/raw/${path.basename(f)}`]);
const curlSeconds = (performance.now() - t) / 1000;

t = performance.now();
for (const f of files) await tusUpload(await readFile(f), path.basename(f));
const tusSeconds = (performance.now() - t) / 1000;
const done = await prisma().upload.count({ where: { status: 'done' } });
const mbps = (s: number) => totalBytes / 1024 / 1024 / s;
console.log(`curl -T to a bare PUT server: ${fmt(curlSeconds, 2)} s, ${fmt(mbps(curlSeconds))} MB/s`);
console.log(`tus (SHA-1, checks, placed, asset + ingest job): ${fmt(tusSeconds, 2)} s, ${fmt(mbps(tusSeconds))} MB/s, ${done}/${N} done`);
console.log(`ratio tus / curl: ${fmt(curlSeconds / tusSeconds, 2)}× (goal ≥ 0.8×)`);

// Resume after a kill of the web process.
// A real MP4's start (the content check sniffs it), then random bytes up to 256 MB.
const head = await readFile(corpusPath('videos/androidx/mp4_sample.mp4'));
const big = Buffer.concat([head, randomBytes(256 * 1024 * 1024 - head.length)]);
let killedAt = 0;
let url = '';
const killed = new Promise<void>((resolve) => {
  void tusUpload(big, 'big.mp4', {
    onProgress: (sent) => {
      if (!killedAt && sent > big.length * 0.4) {
        killedAt = sent;
        server.kill('SIGKILL');
        resolve();
      }
    },
  }).catch(() => undefined);
});
await killed;
await new Promise((r) => server.once('exit', r));
const row = await prisma().upload.findFirstOrThrow({ where: { fileName: 'big.mp4' } });
url = `${base}/api/uploads/tus/${row.tusId}`;
const onDisk = (await stat(path.join(bench.dataDir, 'upload-parts', row.tusId))).size;
server = await startServer();
let resumedFrom = -1;
await tusUpload(big, 'big.mp4', { uploadUrl: url, onFirstPatchOffset: (o) => (resumedFrom = o) }).catch((e: Error) => console.log(`resume: ${e.message.split('\n')[0]}`));
const resent = Math.max(0, onDisk - resumedFrom);
console.log(`resume after kill -9 at ${fmt(killedAt / 1024 / 1024)} MB sent: server had ${fmt(onDisk / 1024 / 1024, 2)} MB on disk, client resumed from ${fmt(resumedFrom / 1024 / 1024, 2)} MB; bytes re-sent that the server had: ${resent} (goal 0)`);
const final = await prisma().upload.findFirstOrThrow({ where: { fileName: 'big.mp4' }, orderBy: { createdAt: 'desc' } });
console.log(`big upload status: ${final.status}${final.error ? ` (${final.error})` : ''}`);
console.log(`load average: ${os.loadavg().map((l) => fmt(l, 2)).join(' ')}`);
await writeFile(path.join(bench.workDir, 'done'), '');
server.kill();
await bench.stop();
