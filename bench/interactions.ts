// Concurrency of per-user interactions: simulated viewers watch a shared set of videos for a
// while — a view-time report every 5 s per viewer, and in between likes, ratings, markers,
// comments and finish points — through the real route handlers behind an HTTP server on
// loopback. Prints requests/s, errors (goal 0), p50/p99 latency (goal p99 ≤ 50 ms) and then
// checks every counter against the sum of what was sent (lost updates, goal 0).
//
// Until libraries can be shared (next step of the video issue), the viewers are sessions of
// one household account on several devices: every one of them writes the same per-user rows,
// the hardest case for lost updates.
//
//   npm run bench:interactions [-- --viewers 50 --duration 60 --videos 5]
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fmt, startBenchDatabase } from './support/bench-database';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const VIEWERS = arg('viewers', 50);
const DURATION_S = arg('duration', 60);
const VIDEOS = arg('videos', 5);
const REPORT_EVERY_MS = 5_000;
const VIDEO_SECONDS = 600;
const P99_GOAL_MS = 50;

const bench = await startBenchDatabase();
const { prisma } = await import('../lib/server/db');
const { createSession } = await import('../lib/auth/auth.queries');
const { sealSession, SESSION_COOKIE } = await import('../lib/auth/session-cookie');
const routes = {
  play: (await import('../app/api/assets/[id]/plays/[playId]/route')).POST,
  interactions: (await import('../app/api/assets/[id]/interactions/route')).PATCH,
  markers: (await import('../app/api/assets/[id]/markers/route')).POST,
  comments: (await import('../app/api/assets/[id]/comments/route')).POST,
  finish: (await import('../app/api/assets/[id]/finish-points/route')).POST,
};

// One household account with a library of videos.
const user = await prisma().user.create({ data: { email: 'bench@example.test', name: 'Bench', passwordHash: 'x', role: 'user' } });
const library = await prisma().library.create({ data: { ownerId: user.id, name: 'Videos', rootPath: bench.workDir } });
const videos: string[] = [];
for (let i = 0; i < VIDEOS; i++) {
  const v = await prisma().asset.create({
    data: { ownerId: user.id, libraryId: library.id, type: 'video', relPath: `v${i}.mp4`, size: 1, mtime: new Date(), takenAtLocal: new Date(), durationMs: VIDEO_SECONDS * 1000, ingestStatus: 'ready' },
  });
  videos.push(v.id);
}
const cookies = await Promise.all(
  Array.from({ length: VIEWERS }, async () => `${SESSION_COOKIE}=${await sealSession(user.id, (await createSession(user.id, { userAgent: 'bench' })).id)}`),
);

// The handlers behind a real HTTP server, as the browser meets them.
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const m = url.pathname.match(/^\/api\/assets\/([^/]+)\/(interactions|plays|markers|comments|finish-points)(?:\/([^/]+))?$/);
  if (!m) return void res.writeHead(404).end();
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const request = new Request(`http://127.0.0.1${req.url}`, {
    method: req.method,
    headers: { cookie: req.headers.cookie ?? '', 'content-type': 'application/json', origin: 'http://127.0.0.1' },
    body: chunks.length ? Buffer.concat(chunks) : undefined,
  });
  const handler = { interactions: routes.interactions, plays: routes.play, markers: routes.markers, comments: routes.comments, 'finish-points': routes.finish }[m[2]]!;
  const response = await handler(request, { params: Promise.resolve({ id: m[1], playId: m[3] ?? '' }) });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
});
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const latencies: number[] = [];
const errors: string[] = [];
const sent = { viewSeconds: new Map<string, number>(), plays: new Map<string, number>(), markers: 0, comments: 0, finishPoints: 0 };
const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

async function send(cookie: string, path: string, method: string, json: unknown): Promise<void> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { method, headers: { cookie, 'content-type': 'application/json', origin: base }, body: JSON.stringify(json) }).catch(
    (e: Error) => ({ status: 0, text: async () => e.message }) as Response,
  );
  latencies.push(performance.now() - started);
  if (response.status >= 300) errors.push(`${method} ${path}: ${response.status} ${(await response.text()).slice(0, 120)}`);
  else await response.arrayBuffer();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = Date.now() + DURATION_S * 1000;

async function viewer(index: number): Promise<void> {
  const cookie = cookies[index];
  await sleep(Math.random() * REPORT_EVERY_MS); // viewers do not start in step
  while (Date.now() < until) {
    const video = videos[Math.floor(Math.random() * videos.length)];
    const play = randomUUID();
    let watched = 0;
    let counted = false;
    for (let tick = 0; tick < 6 && Date.now() < until; tick++) {
      watched += 5 + Math.random() * 5; // seconds of video per 5 s of wall clock (some at 2×)
      await send(cookie, `/api/assets/${video}/plays/${play}`, 'POST', { watchedSeconds: watched, position: watched });
      if (Math.random() < 0.1) await send(cookie, `/api/assets/${video}/plays/${play}`, 'POST', { watchedSeconds: watched, position: watched }); // a retry
      if (!counted && watched >= Math.min(60, VIDEO_SECONDS * 0.1)) counted = true;
      const roll = Math.random();
      if (roll < 0.2) await send(cookie, `/api/assets/${video}/interactions`, 'PATCH', { liked: Math.random() < 0.5, rating: Math.ceil(Math.random() * 10) / 2 });
      else if (roll < 0.35) {
        sent.markers++;
        await send(cookie, `/api/assets/${video}/markers`, 'POST', { seconds: watched, title: `m${index}` });
      } else if (roll < 0.45) {
        sent.comments++;
        await send(cookie, `/api/assets/${video}/comments`, 'POST', { body: `at ${Math.round(watched)} s` });
      } else if (roll < 0.5) {
        sent.finishPoints++;
        await send(cookie, `/api/assets/${video}/finish-points`, 'POST', { seconds: watched });
      }
      await sleep(REPORT_EVERY_MS);
    }
    add(sent.viewSeconds, video, watched);
    if (counted) add(sent.plays, video, 1);
  }
}

// Warm the handlers and plans first (not timed, not counted), so the figures are the steady state.
for (const path of ['interactions', 'plays']) {
  const target = path === 'plays' ? `/api/assets/${videos[0]}/plays/${randomUUID()}` : `/api/assets/${videos[0]}/interactions`;
  for (let i = 0; i < 5; i++) await fetch(`${base}${target}`, { method: path === 'plays' ? 'POST' : 'PATCH', headers: { cookie: cookies[0], 'content-type': 'application/json', origin: base }, body: JSON.stringify(path === 'plays' ? { watchedSeconds: 0, position: 0 } : { rating: 3 }) });
}
await prisma().$executeRaw`UPDATE asset_user_states SET view_seconds = 0, play_count = 0, rating = NULL WHERE user_id = ${user.id}::uuid`;

console.log(`${VIEWERS} viewers × ${DURATION_S} s on ${VIDEOS} videos (one account, ${VIEWERS} sessions)…`);
const started = performance.now();
await Promise.all(Array.from({ length: VIEWERS }, (_, i) => viewer(i)));
const seconds = (performance.now() - started) / 1000;
server.close();

// The counters the database ended with, against what the viewers sent.
const states = await prisma().assetUserState.findMany({ where: { userId: user.id } });
let lost = 0;
for (const video of videos) {
  const state = states.find((s) => s.assetId === video);
  const viewGap = Math.abs((state?.viewSeconds ?? 0) - (sent.viewSeconds.get(video) ?? 0));
  if (viewGap > 1e-6) lost++;
  if ((state?.playCount ?? 0) !== (sent.plays.get(video) ?? 0)) lost++;
}
const [markers, comments, finishPoints] = await Promise.all([prisma().marker.count(), prisma().comment.count(), prisma().finishPoint.count()]);
if (markers !== sent.markers) lost++;
if (comments !== sent.comments) lost++;
if (finishPoints !== sent.finishPoints) lost++;

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
console.log(`requests: ${latencies.length} in ${fmt(seconds)} s = ${fmt(latencies.length / seconds)} requests/s`);
console.log(`errors: ${errors.length} (goal 0)${errors.length ? `\n  ${errors.slice(0, 5).join('\n  ')}` : ''}`);
console.log(`latency: p50 ${fmt(pct(50), 2)} ms, p99 ${fmt(pct(99), 2)} ms (goal ≤ ${P99_GOAL_MS} ms: ${fmt(pct(99) / P99_GOAL_MS, 2)}× the goal), max ${fmt(sorted.at(-1) ?? 0, 2)} ms`);
console.log(`lost updates: ${lost} (goal 0) — view time, play counts per video; ${markers}/${sent.markers} markers, ${comments}/${sent.comments} comments, ${finishPoints}/${sent.finishPoints} finish points`);
await bench.stop();
process.exit(errors.length || lost ? 1 : 0);
