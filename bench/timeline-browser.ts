// Browser figures against the seeded 1M library (bench/seed-timeline.ts, thumbnails included)
// in headless Chromium: Largest Contentful Paint of the timeline (median of five loads), a
// scrubber jump ten years back (time to the month's placeholder, its thumbhash tiles and every
// on-screen thumbnail loaded), and frame times while scrolling a year of rows. Starts the built
// app (`next build` first) on a free port, the way `npm start` does (scripts/web-server.ts).
// With --trace DIR, a second pass records a Chromium trace of a jump and of each scroll into
// DIR and prints where the page's main thread spent its time (bench/support/trace-summary.ts);
// the figures are always those of the untraced pass.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/shoebox_bench DATA_DIR=/tmp/shoebox-bench \
//     npm run bench:timeline-browser [-- --trace /tmp/traces]
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import pg from 'pg';
import { createSession } from '@/lib/auth/auth.queries';
import { sealSession, SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { disconnectPrisma } from '@/lib/server/db';
import { childProcessEnv, requireDatabaseUrl } from '@/lib/server/env';
import { BENCH_USERS } from './bench-users';
import { summariseTrace } from './support/trace-summary';

const traceAt = process.argv.indexOf('--trace');
const TRACE_DIR = traceAt > 0 ? process.argv[traceAt + 1] : null;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Frames that took two vsyncs or more (a frame on time reads 16.7 ± 0.1 ms). */
const dropped = (xs: number[]) => xs.filter((x) => x > 25).length;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function waitForHealth(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.status < 500, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500)); // polling a server that is starting
  }
  throw new Error('the app did not start');
}

/** One scrubber jump from the top of a freshly loaded timeline; times from the click. */
async function jumpOnce(page: Page, target: string) {
  const band = (await page.locator(`[data-testid="scrubber"] [data-month="${target}"]`).boundingBox())!;
  await page.mouse.move(band.x + band.width / 2, band.y + Math.min(1, band.height / 2));
  // Listener installed (and awaited) before the click, so the start time is the click's own.
  await page.evaluate(`window.__jump = { start: 0 };
    window.addEventListener('pointerdown', () => { window.__jump.start = performance.now(); }, { capture: true, once: true });`);
  await page.mouse.down();
  await page.mouse.up();
  const jumped = (await page.evaluate(`new Promise((resolve, reject) => {
    const start = window.__jump.start;
    const marks = {};
    const onScreen = (el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; };
    const give = setTimeout(() => reject(new Error('jump not finished in 10 s: ' + JSON.stringify(marks))), 10000);
    const check = () => {
      const t = performance.now() - start;
      const inMonth = [...document.querySelectorAll('[data-testid="month-header"][data-month="${target}"], [data-testid="month-placeholder"][data-month="${target}"], [data-testid="timeline-row"][data-month="${target}"]')].filter(onScreen);
      if (marks.placeholder === undefined && inMonth.length) marks.placeholder = t;
      const tiles = [...document.querySelectorAll('[data-testid="timeline-row"][data-month="${target}"] [data-testid="tile"]')].filter(onScreen);
      if (marks.tiles === undefined && tiles.length) marks.tiles = t;
      if (marks.tiles !== undefined) {
        const imgs = tiles.map((tile) => tile.querySelector('img[data-asset-id]'));
        if (imgs.every((img) => img && img.complete && img.naturalWidth > 0)) {
          marks.thumbnails = t;
          marks.count = imgs.length;
          clearTimeout(give);
          return resolve(marks);
        }
      }
      requestAnimationFrame(check);
    };
    check();
  })`)) as { placeholder: number; tiles: number; thumbnails: number; count: number };
  const network = (await page.evaluate(`(() => {
    const start = window.__jump.start;
    const after = performance.getEntriesByType('resource').filter((e) => e.startTime >= start);
    const bucket = after.find((e) => e.name.includes('/api/timeline/bucket?') && e.name.includes('${target}'));
    const thumbs = after.filter((e) => e.name.includes('/thumbnail'));
    const durations = thumbs.map((e) => e.responseEnd - e.startTime).sort((a, b) => a - b);
    return { bucketStart: bucket ? bucket.startTime - start : -1, bucketEnd: bucket ? bucket.responseEnd - start : -1,
             thumbs: thumbs.length, thumbMedian: durations[Math.floor(durations.length / 2)] || 0,
             firstThumb: thumbs.length ? Math.min(...thumbs.map((e) => e.startTime)) - start : -1 };
  })()`)) as Record<string, number>;
  console.log(
    `  jump to ${target}: month placeholder on screen after ${jumped.placeholder.toFixed(0)} ms, thumbhash tiles after ${jumped.tiles.toFixed(0)} ms, all ${jumped.count} on-screen thumbnails loaded after ${jumped.thumbnails.toFixed(0)} ms (bucket ${network.bucketStart.toFixed(0)}–${network.bucketEnd.toFixed(0)} ms; ${network.thumbs} thumbnails requested from ${network.firstThumb.toFixed(0)} ms)`,
  );
  return jumped;

}

/** Loads the timeline and jumps to `target` (the start of the scrolls). */
async function jumpThere(page: Page, base: string, target: string): Promise<void> {
  await page.goto(base);
  await page.waitForSelector('[data-testid="tile"] img');
  await page.evaluate('performance.setResourceTimingBufferSize(100000)'); // count every thumbnail
  const band = (await page.locator(`[data-testid="scrubber"] [data-month="${target}"]`).boundingBox())!;
  await page.mouse.click(band.x + band.width / 2, band.y + Math.min(1, band.height / 2));
  await page.waitForSelector(`[data-testid="timeline-row"][data-month="${target}"]`);
}

/** Scrolls a year of rows (from `target` to twelve months older) at a steady 400 px per frame
 * (24,000 px/s, faster than a hard trackpad fling); the times between animation frames. */
function flingYear(page: Page, target: string): Promise<number[]> {
  return page.evaluate(`(async () => {
    const scroller = document.querySelector('[data-testid="timeline-scroller"]');
    const bands = [...document.querySelectorAll('[data-testid="scrubber"] [data-month]')];
    const top = (m) => parseFloat(bands.find((b) => b.dataset.month === m).style.top) / 100;
    const months = bands.map((b) => b.dataset.month);
    const i = months.indexOf('${target}');
    const yearPx = (top(months[Math.min(months.length - 1, i + 12)]) - top('${target}')) * scroller.scrollHeight;
    const step = 400;
    const times = [];
    let last = await new Promise((r) => requestAnimationFrame(r));
    for (let moved = 0; moved < yearPx; moved += step) {
      scroller.scrollBy(0, step);
      const now = await new Promise((r) => requestAnimationFrame(r));
      times.push(now - last);
      last = now;
    }
    return times;
  })()`) as Promise<number[]>;
}

/** 60 px per frame (3,600 px/s, a wheel) for ten seconds: slow enough that every thumbnail is
 * requested and loads while the rows go by; the times between animation frames. */
function wheel(page: Page): Promise<number[]> {
  return page.evaluate(`(async () => {
    const scroller = document.querySelector('[data-testid="timeline-scroller"]');
    const times = [];
    let last = await new Promise((r) => requestAnimationFrame(r));
    for (let i = 0; i < 600; i++) {
      scroller.scrollBy(0, 60);
      const now = await new Promise((r) => requestAnimationFrame(r));
      times.push(now - last);
      last = now;
    }
    return times;
  })()`) as Promise<number[]>;
}

async function main(): Promise<void> {
  const db = new pg.Client({ connectionString: requireDatabaseUrl() });
  await db.connect();
  const { rows } = await db.query('SELECT id FROM users WHERE email = $1', [BENCH_USERS.main]);
  await db.end();
  if (!rows[0]) throw new Error('Not seeded: run npm run bench:seed first.');
  const userId: string = rows[0].id;
  const session = await createSession(userId, { userAgent: 'bench-browser' });
  const token = await sealSession(userId, session.id);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'web-server.ts')], {
    env: childProcessEnv({ PUBLIC_URL: base, LOG_LEVEL: 'warn', NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' }),
    stdio: 'ignore',
    detached: true, // its own process group: next start leaves a next-server child behind otherwise
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    await waitForHealth(base);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: base }]);
    const page = await context.newPage();
    page.on('crash', () => console.error('[bench] the page crashed'));

    // Warm the server (production build: nothing compiles, but caches and pools fill).
    await page.goto(base);
    await page.waitForSelector('[data-testid="tile"] img');
    await page.evaluate('performance.setResourceTimingBufferSize(100000)'); // count every thumbnail

    const lcps: number[] = [];
    for (let run = 0; run < 5; run++) {
      const fresh = await context.newPage();
      await fresh.goto(base, { waitUntil: 'load' });
      await fresh.waitForSelector('[data-testid="tile"] img');
      // LCP settles once the largest element has painted; read it after the network is quiet.
      await fresh.waitForLoadState('networkidle');
      lcps.push(
        (await fresh.evaluate(`new Promise((resolve) => {
          let last = 0;
          new PerformanceObserver((list) => { for (const e of list.getEntries()) last = e.startTime; })
            .observe({ type: 'largest-contentful-paint', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(last)));
        })`)) as number,
      );
      await fresh.close();
    }
    const lcp = pct(lcps, 50);
    console.log(`timeline LCP: median ${lcp.toFixed(0)} ms of ${lcps.map((x) => x.toFixed(0)).join(', ')} → ${(lcp / 600).toFixed(2)} × the 600 ms target`);

    // Scrubber jumps ten years back, five times, each from a fresh page to a month not seen
    // before (nothing cached in the browser).
    const buckets: { month: string }[] = (await (await page.request.get(`${base}/api/timeline/buckets`)).json()).buckets;
    const newestIndex = buckets.findIndex((b) => b.month <= `${Number(buckets[0].month.slice(0, 4)) - 10}${buckets[0].month.slice(4)}`);
    const jumps: Awaited<ReturnType<typeof jumpOnce>>[] = [];
    for (let run = 0; run < 5; run++) {
      const fresh = await context.newPage();
      await fresh.goto(base, { waitUntil: 'load' });
      await fresh.waitForSelector('[data-testid="tile"] img');
      await fresh.waitForLoadState('networkidle');
      jumps.push(await jumpOnce(fresh, buckets[newestIndex + run].month));
      await fresh.close();
    }
    const median = (f: (j: (typeof jumps)[number]) => number) => pct(jumps.map(f), 50);
    console.log(
      `scrubber jump ten years back (median of 5): placeholder ${median((j) => j.placeholder).toFixed(0)} ms, thumbhash tiles ${median((j) => j.tiles).toFixed(0)} ms, on-screen thumbnails loaded ${median((j) => j.thumbnails).toFixed(0)} ms → ${(median((j) => j.thumbnails) / 300).toFixed(2)} × the 300 ms target`,
    );
    const target = buckets[newestIndex].month;
    await jumpThere(page, base, target);
    const frames = await flingYear(page, target);
    const p95 = pct(frames, 95);
    console.log(
      `scrolling a year: ${frames.length} frames of 400 px, frame time p50 ${pct(frames, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...frames).toFixed(0)} ms, ${dropped(frames)} frames dropped → p95 ${(p95 / 16.7).toFixed(2)} × the 16.7 ms target`,
    );
    const slowStart = (await page.evaluate('performance.now()')) as number;
    const slow = await wheel(page);
    const images = (await page.evaluate(`performance.getEntriesByType('resource').filter((e) => e.name.includes('/thumbnail') && e.startTime > ${slowStart}).length`)) as number;
    console.log(
      `scrolling at wheel speed: ${slow.length} frames of 60 px, frame time p50 ${pct(slow, 50).toFixed(1)} ms, p95 ${pct(slow, 95).toFixed(1)} ms, max ${Math.max(...slow).toFixed(0)} ms, ${dropped(slow)} frames dropped → p95 ${(pct(slow, 95) / 16.7).toFixed(2)} × the 16.7 ms target (${images} thumbnails requested meanwhile)`,
    );
    console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2 cores)`);

    if (TRACE_DIR) {
      // The traced pass: the same steps, recorded (tracing slows the page: no figures from it).
      const traced = await context.newPage();
      await traced.goto(base, { waitUntil: 'load' });
      await traced.waitForSelector('[data-testid="tile"] img');
      await traced.waitForLoadState('networkidle');
      const record = async (name: string, run: () => Promise<unknown>) => {
        const file = path.join(TRACE_DIR, `${name}.json`);
        await browser.startTracing(traced, { path: file, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink', 'loading', 'v8.execute'] });
        await run();
        await browser.stopTracing();
        console.log(await summariseTrace(file, name));
      };
      const later = buckets[newestIndex + 6].month;
      await record('jump', () => jumpOnce(traced, later));
      await record('fling', () => flingYear(traced, later));
      await record('wheel', () => wheel(traced));
    }
  } finally {
    await browser.close();
    if (app.pid) process.kill(-app.pid, 'SIGTERM');
    await disconnectPrisma();
  }
}

await main();
