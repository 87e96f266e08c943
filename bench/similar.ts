// Similar videos (lib/similar) against the figures of issue 12: on a collection seeded by
// `npm run bench:seed-videos` (100,000 videos, 5,000 performers, 500 studios, 2,000 tags, 3
// users), in the database BENCH_DATABASE_URL names:
//   - the full TF-IDF rebuild (goal ≤ 60 s), against a bare scan of the link tables;
//   - similar videos top 20, p50/p99 over HTTP (goal p50 ≤ 20 ms) and the ranking SQL alone;
//   - an edit to a video until its similar list shows it (goal ≤ 2 s);
//   - similar performers p50 over HTTP (goal ≤ 30 ms) and its SQL alone.
//
//   BENCH_DATABASE_URL=postgres://… npm run bench:similar [-- --samples 200 --skip-rebuild]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fmt, startBenchDatabase } from './support/bench-database';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SAMPLES = arg('samples', 200);
const SKIP_REBUILD = process.argv.includes('--skip-rebuild');
if (!process.env.BENCH_DATABASE_URL) throw new Error('Set BENCH_DATABASE_URL to a database seeded by npm run bench:seed-videos.');

const bench = await startBenchDatabase();
const { prisma } = await import('../lib/server/db');
const { createSession } = await import('../lib/auth/auth.queries');
const { sealSession, SESSION_COOKIE } = await import('../lib/auth/session-cookie');
const { rebuildSimilar } = await import('../lib/similar/rebuild-similar');
const { selectSimilarVideoIds, selectSimilarEntityIds } = await import('../lib/similar/similar.queries');
const routes = {
  videos: (await import('../app/api/videos/[id]/similar/route')).GET,
  performers: (await import('../app/api/performers/[id]/similar/route')).GET,
};

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const time = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

const [{ videos }] = await prisma().$queryRaw<{ videos: number }[]>`SELECT count(*)::int AS videos FROM assets WHERE type = 'video'`;
console.log(`${videos.toLocaleString('en-US')} videos in the database.`);

// 1. The full rebuild, and a bare scan of what it reads as the baseline.
if (!SKIP_REBUILD) {
  const bare = await time(() => prisma().$queryRaw`SELECT (SELECT count(*) FROM asset_tags) + (SELECT count(*) FROM asset_people) + (SELECT count(*) FROM assets WHERE type = 'video') AS n`);
  const steps: string[] = [];
  const started = performance.now();
  const result = await rebuildSimilar((p) => void steps.push(`${p.step} ${p.done}/${p.total} at ${fmt((performance.now() - started) / 1000)} s`));
  console.log(`Full rebuild (${result.users} users): ${fmt(result.ms / 1000)} s (goal ≤ 60 s); bare scan of the links ${fmt(bare)} ms`);
  console.log(`  ${steps.join(' · ')}`);
}

// The users with vectors, their sessions, and the handlers behind a real HTTP server.
const users = await prisma().similarUser.findMany({ orderBy: { videos: 'desc' } });
if (users.length === 0) throw new Error('No vectors: run without --skip-rebuild first.');
const user = users[0];
const cookie = `${SESSION_COOKIE}=${await sealSession(user.userId, (await createSession(user.userId, { userAgent: 'bench' })).id)}`;
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const m = url.pathname.match(/^\/api\/(videos|performers)\/([^/]+)\/similar$/);
  if (!m) return void res.writeHead(404).end();
  const request = new Request(`http://127.0.0.1${req.url}`, { headers: { cookie: req.headers.cookie ?? '' } });
  const response = await routes[m[1] as 'videos' | 'performers'](request, { params: Promise.resolve({ id: m[2] }) });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
});
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const get = async (path: string) => {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<{ items: { video?: { id: string }; why: { label: string }[] }[] }>;
};

// 2. Similar videos top 20 of random videos this user sees.
const sample = (await prisma().$queryRaw<{ id: string }[]>`
  SELECT DISTINCT asset_id::text AS id FROM similar_vectors WHERE user_id = ${user.userId}::uuid`).sort(() => Math.random() - 0.5).slice(0, SAMPLES);
for (const id of sample.slice(0, 10)) await get(`/api/videos/${id.id}/similar?pageSize=20`); // warm plans and caches
const http: number[] = [];
const sql: number[] = [];
for (const { id } of sample) {
  http.push(await time(() => get(`/api/videos/${id}/similar?pageSize=20`)));
  sql.push(await time(() => selectSimilarVideoIds(user.userId, id, 100)));
}
console.log(`Similar videos top 20 (${sample.length} videos, user sees ${user.videos.toLocaleString('en-US')}): HTTP p50 ${fmt(pct(http, 50))} ms p99 ${fmt(pct(http, 99))} ms (goal p50 ≤ 20 ms); ranking SQL p50 ${fmt(pct(sql, 50))} ms p99 ${fmt(pct(sql, 99))} ms; HTTP/SQL ${fmt(pct(http, 50) / pct(sql, 50), 2)}×`);

// 3. An edit until it shows: three new tags on a video and on another one (rare tokens that
// make them each other's nearest); time from the commit until the first video's similar list
// has the other with a new tag as a reason.
const edits: number[] = [];
for (let i = 0; i < 10; i++) {
  const [a, b] = [sample[i].id, sample[sample.length - 1 - i].id];
  const tags = await Promise.all([0, 1, 2].map((k) => prisma().tag.create({ data: { ownerId: user.userId, name: `bench-edit-${Date.now()}-${i}-${k}` } })));
  await prisma().assetTag.createMany({ data: tags.flatMap((t) => [{ assetId: a, tagId: t.id }, { assetId: b, tagId: t.id }]) });
  const names = new Set(tags.map((t) => t.name));
  const started = performance.now();
  for (;;) {
    const page = await get(`/api/videos/${a}/similar?pageSize=20`);
    if (page.items.some((it) => it.video?.id === b && it.why.some((w) => names.has(w.label)))) break;
    if (performance.now() - started > 30_000) throw new Error(`edit not visible after 30 s: ${b} not in ${JSON.stringify(page.items.map((it) => it.video?.id))}`);
  }
  edits.push(performance.now() - started);
  await prisma().tag.deleteMany({ where: { id: { in: tags.map((t) => t.id) } } });
  await get(`/api/videos/${a}/similar?pageSize=20`); // refresh the removal before the next one
}
console.log(`Edit to visible (10 edits): p50 ${fmt(pct(edits, 50))} ms, max ${fmt(Math.max(...edits))} ms (goal ≤ 2,000 ms)`);

// 4. Similar performers.
const performers = (await prisma().$queryRaw<{ id: string }[]>`
  SELECT DISTINCT entity_id::text AS id FROM similar_profiles WHERE user_id = ${user.userId}::uuid AND kind = 'person'`).sort(() => Math.random() - 0.5).slice(0, SAMPLES);
for (const p of performers.slice(0, 10)) await get(`/api/performers/${p.id}/similar?pageSize=20`);
const pHttp: number[] = [];
const pSql: number[] = [];
for (const { id } of performers) {
  pHttp.push(await time(() => get(`/api/performers/${id}/similar?pageSize=20`)));
  pSql.push(await time(() => selectSimilarEntityIds(user.userId, 'person', id, 100)));
}
console.log(`Similar performers (${performers.length} of those with videos): HTTP p50 ${fmt(pct(pHttp, 50))} ms p99 ${fmt(pct(pHttp, 99))} ms (goal p50 ≤ 30 ms); SQL p50 ${fmt(pct(pSql, 50))} ms; HTTP/SQL ${fmt(pct(pHttp, 50) / pct(pSql, 50), 2)}×`);

server.close();
await bench.stop();
