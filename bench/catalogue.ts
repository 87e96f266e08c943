// Video catalogue benchmark against the seeded database (bench/seed-videos.ts): 20 realistic
// catalogue queries (text, filters, every sort; first and 50th page) through GET /api/videos
// served by a real HTTP server on loopback, each printed with its HTTP p50/p99, the handler
// called in-process, and the bare SQL it runs (the same statements, built by the queries module,
// on one pg connection) measured in the same run, with the ratio handler/SQL.
// Targets (issue 12): HTTP p50 ≤ 30 ms, p99 ≤ 100 ms, handler ≤ 1.3 × its SQL.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/shoebox_bench_videos \
//     npm run bench:catalogue [-- --iterations 50]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { GET as videosRoute } from '@/app/api/videos/route';
import { createSession } from '@/lib/auth/auth.queries';
import { sealSession, SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { videoListQuerySchema } from '@/lib/catalogue/catalogue.schemas';
import { videoCardsSql, videoPageIdsSql } from '@/lib/catalogue/video-list.queries';
import { disconnectPrisma } from '@/lib/server/db';
import { requireDatabaseUrl } from '@/lib/server/env';
import { CATALOGUE_BENCH_USERS } from './bench-users';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ITERATIONS = arg('iterations', 50);
const SHARED_SQL = 'SELECT m.library_id::text AS id FROM library_members m WHERE m.user_id = $1::uuid ORDER BY m.library_id';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => `${x.toFixed(1)}`.padStart(7);

async function time(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(5, n); i++) await fn(); // warm caches and plans
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

function serve(): Promise<{ url: string; close: () => void }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/api/videos') return res.writeHead(404).end();
    const response = await videosRoute(new Request(`http://127.0.0.1${req.url}`, { headers: { cookie: req.headers.cookie ?? '' } }), { params: Promise.resolve({}) });
    const body = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() })),
  );
}

export interface Figure {
  name: string;
  http: number[];
  handler: number[];
  sql: number[];
}

/**
 * Where the similar-videos figures go (added by the lead once TF-IDF similarity is merged):
 * each function receives the signed-in users and the seeded database connection and returns
 * figures printed in the same table as the catalogue's.
 */
export const SIMILAR_FIGURES: ((ctx: { db: pg.Client; cookies: Record<string, string>; userIds: Record<string, string> }) => Promise<Figure[]>)[] = [];

async function main(): Promise<void> {
  const db = new pg.Client({ connectionString: requireDatabaseUrl() });
  await db.connect();
  // The sessions' and pool's connections use the same URL; this one runs the bare SQL.
  await db.query('SET pg_trgm.strict_word_similarity_threshold = 0.3');
  const { rows: users } = await db.query<{ id: string; email: string }>('SELECT id::text, email FROM users WHERE email = ANY($1)', [Object.values(CATALOGUE_BENCH_USERS)]);
  const userIds = Object.fromEntries(Object.entries(CATALOGUE_BENCH_USERS).map(([k, email]) => [k, users.find((u) => u.email === email)?.id ?? '']));
  if (!userIds.first) throw new Error('Not seeded: run npm run bench:seed-videos first.');
  const cookies: Record<string, string> = {};
  for (const [k, id] of Object.entries(userIds)) cookies[k] = `${SESSION_COOKIE}=${await sealSession(id, (await createSession(id, { userAgent: 'bench' })).id)}`;

  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0];
  const first = userIds.first;
  const { n: videos } = await one(`SELECT count(*)::int AS n FROM assets WHERE type = 'video'`);
  const top = await one(`SELECT p.id::text, p.name FROM people p JOIN asset_people ap ON ap.person_id = p.id WHERE p.owner_id = $1 GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`, [first]);
  const mid = await one(`SELECT p.id::text, p.name FROM people p JOIN asset_people ap ON ap.person_id = p.id WHERE p.owner_id = $1 GROUP BY p.id HAVING count(*) BETWEEN 5 AND 50 ORDER BY p.id LIMIT 1`, [first]);
  const rootTag = await one(`SELECT t.id::text, t.name FROM tags t JOIN tag_parents tp ON tp.parent_id = t.id WHERE t.owner_id = $1 GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`, [first]);
  const [tagA, tagB] = (await db.query(`SELECT t.id::text FROM tags t JOIN asset_tags x ON x.tag_id = t.id WHERE t.owner_id = $1 GROUP BY t.id ORDER BY count(*) DESC LIMIT 2`, [first])).rows.map((r) => r.id);
  const parentStudio = await one(`SELECT s.id::text FROM studios s WHERE s.owner_id = $1 AND EXISTS (SELECT 1 FROM studios c WHERE c.parent_id = s.id) ORDER BY s.id LIMIT 1`, [first]);
  console.log(`catalogue: ${videos} videos; top performer ${top.name}, mid ${mid?.name ?? '—'}, root tag ${rootTag.name}; ${ITERATIONS} runs per query`);

  const QUERIES: [string, keyof typeof cookies, string][] = [
    ['newest, page 1', 'first', ''],
    ['newest, page 50', 'first', '?page=50'],
    ['title, page 1', 'first', '?sort=title'],
    ['title, page 50', 'first', '?sort=title&page=50'],
    ['text "beach"', 'first', '?q=beach'],
    ['text typo "beech", by rating', 'first', '?q=beech&sort=rating'],
    ['text performer name', 'first', `?q=${encodeURIComponent(top.name)}`],
    ['root tag (+children), released', 'first', `?tags=${rootTag.id}&sort=released`],
    ['two tags all, duration', 'first', `?tags=${tagA},${tagB}&tagsMode=all&sort=duration`],
    ['top performer, plays', 'first', `?performers=${top.id}&sort=plays`],
    ['top performer − tag, size p50', 'first', `?performers=${top.id}&tagsExclude=${tagA}&sort=size&page=50`],
    ['parent studio, resolution', 'first', `?studios=${parentStudio.id}&sort=resolution`],
    ['rated ≥4 liked, last viewed', 'first', '?ratingMin=4&liked=true&sort=lastViewed'],
    ['unwatched ≥10 min, bitrate', 'first', '?watched=unwatched&durationMin=600&sort=bitrate'],
    ['1080p added 2024+, likes', 'first', '?resolution=1080&addedFrom=2024-01-01&sort=likes'],
    ['text + studio, view time', 'first', `?q=holiday&studios=${parentStudio.id}&sort=viewTime`],
    ['random seed, page 1', 'first', '?sort=random&seed=42'],
    ['random seed, page 50', 'first', '?sort=random&seed=42&page=50'],
    ['path, page 50 (member)', 'third', '?sort=path&page=50'],
    ['group cast, file name (member)', 'third', `?cast=group&hasMarkers=false&sort=fileName${mid ? `&performersExclude=${mid.id}` : ''}`],
  ];

  const { url, close } = await serve();
  const figures: Figure[] = [];
  for (const [name, who, query] of QUERIES) {
    const cookie = cookies[who];
    const userId = userIds[who];
    const parsed = videoListQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
    const http = await time(ITERATIONS, async () => {
      const res = await fetch(`${url}/api/videos${query}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${query} → ${res.status} ${await res.text()}`);
      return res.arrayBuffer();
    });
    const handler = await time(ITERATIONS, async () => {
      const res = await videosRoute(new Request(`${url}/api/videos${query}`, { headers: { cookie } }), { params: Promise.resolve({}) });
      return res.arrayBuffer();
    });
    // The bare SQL: the page's ids and total, then that page's cards (what the handler sends).
    const sql = await time(ITERATIONS, async () => {
      // What the handler reads first: the libraries shared with the user (the list's visibility rule).
      const shared = (await db.query<{ id: string }>(SHARED_SQL, [userId])).rows.map((r) => r.id);
      const idsSql = videoPageIdsSql(userId, parsed, parsed.seed ?? 0, shared);
      const { rows } = await db.query(idsSql.text, idsSql.values);
      const ids: string[] = rows[0]?.ids ?? [];
      if (ids.length) {
        const cards = videoCardsSql(userId, ids);
        await db.query(cards.text, cards.values);
      }
    });
    figures.push({ name, http, handler, sql });
    const f = figures.at(-1)!;
    console.log(
      `${name.padEnd(34)} HTTP p50 ${ms(pct(f.http, 50))} p99 ${ms(pct(f.http, 99))}   handler p50 ${ms(pct(f.handler, 50))}   SQL p50 ${ms(pct(f.sql, 50))}   handler/SQL ${(pct(f.handler, 50) / pct(f.sql, 50)).toFixed(2)}`,
    );
  }

  // ── Similar videos / performers (the lead adds functions to SIMILAR_FIGURES) ──
  for (const figure of SIMILAR_FIGURES) figures.push(...(await figure({ db, cookies, userIds })));

  const all = (k: 'http' | 'handler' | 'sql') => figures.flatMap((f) => f[k]);
  console.log(
    `overall: HTTP p50 ${pct(all('http'), 50).toFixed(1)} ms (target ≤ 30), p99 ${pct(all('http'), 99).toFixed(1)} ms (target ≤ 100); handler p50 ${pct(all('handler'), 50).toFixed(1)} ms vs SQL p50 ${pct(all('sql'), 50).toFixed(1)} ms: ratio ${(pct(all('handler'), 50) / pct(all('sql'), 50)).toFixed(2)} (target ≤ 1.3)`,
  );
  close();
  await db.end();
  await disconnectPrisma();
}

await main();
