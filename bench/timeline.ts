// Timeline benchmark against the seeded database (bench/seed-timeline.ts): the route handlers
// served by a real HTTP server on loopback the way the web server serves them (direct routes),
// each figure printed next to the bare SQL it runs and the ratio; payload size of our records vs
// an array of objects; 50 concurrent clients.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/shoebox_bench DATA_DIR=/tmp/shoebox-bench \
//     npm run bench:timeline [-- --duration 60 --clients 50]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { GET as bucketRoute } from '@/app/api/timeline/bucket/route';
import { GET as bucketsRoute } from '@/app/api/timeline/buckets/route';
import { decodeBucket } from '@/lib/timeline/bucket-wire';
import { createSession } from '@/lib/auth/auth.queries';
import { resolveRequestUser } from '@/lib/auth/resolve-session';
import { sealSession, SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { disconnectPrisma } from '@/lib/server/db';
import { directRouteFor } from '@/lib/server/direct-routes';
import { requireDatabaseUrl } from '@/lib/server/env';
import { listTimelineBuckets } from '@/lib/timeline/list-timeline-buckets';
import { monthStartOf } from '@/lib/timeline/month-key';
import { bucketSummariesSql, bucketWireSql } from '@/lib/timeline/timeline.queries';
import { BENCH_USERS } from './bench-users';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION_S = arg('duration', 60);
const CLIENTS = arg('clients', 50);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function time(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(20, n); i++) await fn(); // warm caches and plans
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** The routes behind a loopback server, answered the way the web server answers a direct route
 * (lib/server/direct-routes.ts: the month is one; the counts go through Next in production,
 * whose router this bench leaves out for both). */
function serve(): Promise<{ url: string; close: () => void }> {
  const direct = directRouteFor(
    [
      { pattern: /^\/api\/timeline\/buckets$/, GET: bucketsRoute },
      { pattern: /^\/api\/timeline\/bucket$/, GET: bucketRoute },
    ],
    false,
  );
  const server = createServer((req, res) => {
    const route = direct(req);
    if (!route) return void res.writeHead(404).end();
    void route(res);
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() })),
  );
}

async function main(): Promise<void> {
  const db = new pg.Client({ connectionString: requireDatabaseUrl() });
  await db.connect();
  const { rows: users } = await db.query('SELECT id FROM users WHERE email = $1', [BENCH_USERS.main]);
  if (!users[0]) throw new Error('Not seeded: run npm run bench:seed first.');
  const userId: string = users[0].id;
  const { rows: totals } = await db.query('SELECT owner_id, count(*)::int AS n FROM assets GROUP BY 1');
  const { rows: busiest } = await db.query(
    `SELECT to_char(month, 'YYYY-MM') AS month, photos + videos AS n FROM monthly_counts WHERE owner_id = $1 ORDER BY n DESC LIMIT 1`,
    [userId],
  );
  const month: string = busiest[0].month;
  console.log(`library: ${totals.map((t) => t.n).join(' + ')} assets; busiest month ${month} with ${busiest[0].n} (timeline view)`);

  const session = await createSession(userId, { userAgent: 'bench' });
  const cookie = `${SESSION_COOKIE}=${await sealSession(userId, session.id)}`;
  const { url, close } = await serve();
  const get = async (path: string) => {
    const res = await fetch(`${url}${path}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
    return res.arrayBuffer();
  };

  // The same SQL the queries module sends (built by timeline.queries.ts), run bare on one connection.
  const bucketsQuery = bucketSummariesSql({ userId, sharedLibraryIds: [] }, { view: 'timeline' });
  const bucketsSql = () => db.query(bucketsQuery.text, bucketsQuery.values);
  const bucketQuery = bucketWireSql({ userId, sharedLibraryIds: [] }, { view: 'timeline' }, month, monthStartOf(month));
  const bucketSql = () => db.query(bucketQuery.text, bucketQuery.values);

  const line = (name: string, http: number[], sql: number[], p: number, target: string, what = 'HTTP') =>
    console.log(
      `${name.padEnd(22)} p${p}: ${what} ${ms(pct(http, p)).padStart(10)}   SQL ${ms(pct(sql, p)).padStart(10)}   ratio ${(pct(http, p) / pct(sql, p)).toFixed(2)}   (target ${target})`,
    );
  const bucketsHttp = await time(1000, () => get('/api/timeline/buckets'));
  const bucketsBare = await time(1000, bucketsSql);
  line('buckets', bucketsHttp, bucketsBare, 50, '≤ 10 ms');
  line('buckets', bucketsHttp, bucketsBare, 99, '≤ 50 ms');
  // What the handler adds over its SQL: the exported route handler called in-process (session
  // check, validation, query through Prisma, JSON) — everything but the HTTP transport, whose
  // cost is the same for any endpoint and is shown by the HTTP figure above.
  const handler = (route: typeof bucketsRoute, path: string) => async () => {
    const res = await route(new Request(`${url}${path}`, { headers: { cookie } }));
    if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
    return res.arrayBuffer();
  };
  const bucketsHandler = await time(1000, handler(bucketsRoute, '/api/timeline/buckets'));
  line('buckets', bucketsHandler, bucketsBare, 50, 'handler ≤ 1.3 × SQL', 'handler');
  const auth = await time(1000, () => resolveRequestUser(new Request(url, { headers: { cookie } })));
  const domain = await time(1000, () => listTimelineBuckets(userId, { view: 'timeline' }));
  console.log(`  of which session check p50 ${ms(pct(auth, 50))} (cached; revocation by NOTIFY), domain function p50 ${ms(pct(domain, 50))}`);
  const bucketHttp = await time(100, () => get(`/api/timeline/bucket?month=${month}`));
  const bucketBare = await time(100, bucketSql);
  line(`bucket ${month}`, bucketHttp, bucketBare, 50, '≤ 20 ms and ≤ 1.2 × SQL');
  line(`bucket ${month}`, bucketHttp, bucketBare, 99, '—');
  const bucketHandler = await time(100, handler(bucketRoute, `/api/timeline/bucket?month=${month}`));
  line(`bucket ${month}`, bucketHandler, bucketBare, 50, 'handler ≤ 1.3 × SQL', 'handler');

  // Payload: our columnar bucket vs the same assets as an array of objects with full names.
  const columnar = Buffer.from(await get(`/api/timeline/bucket?month=${month}`));
  const parsed = decodeBucket(JSON.parse(columnar.toString("utf8")));
  const monthMs = Date.parse(`${month}-01T00:00:00Z`);
  const objects = parsed.id.map((id: string, i: number) => ({
    id,
    aspectRatio: parsed.ratio[i],
    takenAtLocal: new Date(monthMs + parsed.localSecond[i] * 1000).toISOString().replace('Z', ''),
    type: parsed.type[i] === 'v' ? 'video' : 'photo',
    durationMs: parsed.durationMs[i],
    thumbhash: parsed.thumbhash[i],
    favourite: parsed.favourite[i] === '1',
    fileName: parsed.fileName[i],
  }));
  const objectsJson = Buffer.from(JSON.stringify({ month, count: parsed.count, assets: objects }));
  const [cRaw, oRaw, cGz, oGz] = [columnar.length, objectsJson.length, gzipSync(columnar).length, gzipSync(objectsJson).length];
  const gzipTimes = await time(20, async () => gzipSync(columnar));
  console.log(`  gzip of the month (what Next's compression would add; the web server sends it as is): p50 ${ms(pct(gzipTimes, 50))}`);
  console.log(`payload ${month} (${parsed.count} assets): records ${cRaw} B raw / ${cGz} B gzip; objects ${oRaw} B raw / ${oGz} B gzip`);
  console.log(`  records/objects: raw ${((100 * cRaw) / oRaw).toFixed(1)} %, gzip ${((100 * cGz) / oGz).toFixed(1)} %   (target ≤ 40 %)`);

  // Load: CLIENTS loops requesting buckets for DURATION_S seconds.
  let done = 0;
  let errors = 0;
  const latencies: number[] = [];
  const until = performance.now() + DURATION_S * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await get('/api/timeline/buckets');
          done++;
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  console.log(
    `load: ${CLIENTS} clients × ${DURATION_S} s on buckets: ${(done / DURATION_S).toFixed(0)} req/s, ${errors} errors, p50 ${ms(pct(latencies, 50))}, p99 ${ms(pct(latencies, 99))}`,
  );
  close();
  await db.end();
  await disconnectPrisma();
}

await main();
