// Time to first frame on the video page (issue 11): headless Chromium against the BUILT app
// (`npm start`'s launcher: embedded PostgreSQL in a temp folder, the production build — built
// first when stale — and a worker), from navigating to /videos/[id] to the <video>'s first
// `playing` event, measured on the page's own clock (performance.now() counts from the
// navigation's start). Three files from e2e/support/video-library.ts: a direct MP4 (H.264/AAC),
// a remuxed MKV (H.264) and a transcoded AVI (MPEG-4 Part 2). Several fresh page loads each;
// prints the median and p95 against the goals (direct ≤ 1 s, remux ≤ 1.5 s, transcode ≤ 3 s).
// Chromium runs with --autoplay-policy=no-user-gesture-required, as if the user had clicked
// through from the catalogue (a click there allows autoplay on the next page).
//
//   npm run bench:video-playback [-- --runs 7]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, request, type APIRequestContext } from '@playwright/test';
import { childProcessEnv } from '@/lib/server/env';
import { decodeBucket } from '@/lib/timeline/bucket-wire';
import { makeVideoFolder, VIDEO_FILES, type VideoKind } from '../e2e/support/video-library';
import { freePort } from '../tests/support/free-port';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Math.max(1, Number(values.runs));
const GOALS_MS: Record<VideoKind, number> = { direct: 1000, remux: 1500, transcode: 3000 };
const admin = { name: 'Bench Admin', email: 'bench@example.test', password: 'correct horse battery staple' };

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms)); // polling a server that is starting or ingesting

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 300_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await pause(1000);
  }
}

async function videoIds(api: APIRequestContext): Promise<Record<VideoKind, string> | null> {
  const byName: Record<string, string> = {};
  const { buckets } = await (await api.get('/api/timeline/buckets?type=video')).json();
  for (const { month } of buckets as { month: string }[]) {
    for (const id of decodeBucket(await (await api.get(`/api/timeline/bucket?month=${month}&type=video`)).json()).id) {
      byName[(await (await api.get(`/api/assets/${id}`)).json()).fileName] = id;
    }
  }
  const ids = Object.fromEntries(Object.entries(VIDEO_FILES).map(([kind, f]) => [kind, byName[f.name]]));
  return Object.values(ids).every(Boolean) ? (ids as Record<VideoKind, string>) : null;
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'shoebox-bench-playback-'));
  const [port, pgPort] = [await freePort(), await freePort()];
  const base = `http://127.0.0.1:${port}`;
  console.log(`video page time to playing — ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)} at start (the machine may be shared); ${RUNS} runs per file`);
  const app = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: childProcessEnv({ PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, DATA_DIR: path.join(work, 'data'), EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '', LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => app.once('exit', resolve));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--autoplay-policy=no-user-gesture-required'],
  });
  try {
    await until('the app', async () => (await fetch(`${base}/api/health`)).ok, 900_000);
    const api = await request.newContext({ baseURL: base });
    if ((await api.post('/api/setup', { data: admin })).status() !== 201) throw new Error('setup failed');
    const me = (await (await api.get('/api/me')).json()).user.id;
    const root = await makeVideoFolder(path.join(work, 'videos'));
    await api.post('/api/libraries', { data: { name: 'Bench videos', rootPath: root, ownerId: me } });
    const ids = await until('ingest', () => videoIds(api));
    for (const id of Object.values(ids)) await until('preview media', async () => (await api.get(`/api/assets/${id}/vtt`)).ok);

    const context = await browser.newContext({ storageState: await api.storageState(), viewport: { width: 1280, height: 800 } });
    // The first `playing` of any <video>, on the page's clock (0 = the navigation's start).
    await context.addInitScript(() => {
      const w = window as unknown as { firstPlaying: Promise<number> };
      w.firstPlaying = new Promise((resolve) => document.addEventListener('playing', () => resolve(performance.now()), { capture: true, once: true }));
    });
    const warm = await context.newPage(); // the server's first answers (route modules, pools) are not what users wait for
    for (const id of Object.values(ids)) {
      await warm.goto(`${base}/videos/${id}`);
      await warm.evaluate('window.firstPlaying');
    }
    await warm.close();

    for (const kind of Object.keys(GOALS_MS) as VideoKind[]) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await context.newPage();
        await page.goto(`${base}/videos/${ids[kind]}`, { waitUntil: 'commit' });
        times.push((await page.evaluate('window.firstPlaying')) as number);
        await page.close(); // ends a live stream (the server kills its ffmpeg)
      }
      const [median, p95] = [pct(times, 50), pct(times, 95)];
      console.log(
        `${kind.padEnd(9)} median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')}) → median ${(median / GOALS_MS[kind]).toFixed(2)} ×, p95 ${(p95 / GOALS_MS[kind]).toFixed(2)} × the ${GOALS_MS[kind]} ms goal`,
      );
    }
    await api.dispose();
  } finally {
    await browser.close();
    app.kill('SIGTERM'); // the launcher stops web, worker and PostgreSQL
    await exited;
    await rm(work, { recursive: true, force: true });
  }
}

await main();
