// Thumbnails, the bulk of the timeline's requests (one per tile), against the seeded library
// (bench/seed-timeline.ts): the thumbnail route through Next's request handler, the same
// handler as the web server's direct route (lib/server/direct-routes.ts), and as the floor a
// bare static file server (no session, no access check, no database) sending the same files.
// Per path: sequential latency p50/p90, and 600 thumbnails at the browser's six connections.
// Needs the production build (`next build`).
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/shoebox_bench DATA_DIR=/tmp/shoebox-bench \
//     npm run bench:thumbnails
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import next from 'next';
import pg from 'pg';
import { createSession } from '@/lib/auth/auth.queries';
import { sealSession, SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { disconnectPrisma } from '@/lib/server/db';
import { requireDatabaseUrl } from '@/lib/server/env';
import { derivedRoot } from '@/lib/storage/storage';
import { BENCH_USERS } from './bench-users';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

const db = new pg.Client({ connectionString: requireDatabaseUrl() });
await db.connect();
const { rows: users } = await db.query('SELECT id FROM users WHERE email = $1', [BENCH_USERS.main]);
if (!users[0]) throw new Error('Not seeded: run npm run bench:seed first.');
const userId: string = users[0].id;
// Distinct assets for every request (no row stays hot in a cache), of a month ten years back.
const { rows: assets } = await db.query<{ id: string; storage_key: string }>(
  `SELECT a.id, d.storage_key FROM assets a JOIN derived d ON d.asset_id = a.id AND d.kind = 'thumb'
   WHERE a.owner_id = $1 AND a.status = 'online' AND a.taken_at_local >= '2014-01-01' ORDER BY a.taken_at_local LIMIT 8000`,
  [userId],
);
await db.end();
const session = await createSession(userId, { userAgent: 'bench-thumbnails' });
const cookie = `${SESSION_COOKIE}=${await sealSession(userId, session.id)}`;

const app = next({ dev: false, dir: process.cwd(), quiet: true });
await app.prepare();
const nextHandler = app.getRequestHandler();
const viaNext = await listen(createServer((req, res) => void nextHandler(req, res)));
let direct: string | null = null;
try {
  const { directRouteFor } = await import('@/lib/server/direct-routes');
  const { loadDirectRoutes } = await import('@/scripts/direct-route-table');
  const route = directRouteFor(await loadDirectRoutes(), false);
  direct = await listen(createServer((req, res) => void (route(req) ?? (() => res.writeHead(404).end()))(res)));
} catch {
  console.log('(this build has no direct routes: the Next route alone is measured)');
}
// The floor: the file of the asset named in the URL, from a map filled beforehand.
const fileOf = new Map(assets.map((a) => [a.id, path.join(derivedRoot(), a.storage_key)]));
const floor = await listen(
  createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const file = fileOf.get(req.url!.split('/')[3])!;
    const info = await stat(file);
    res.writeHead(200, { 'content-type': 'image/webp', 'content-length': info.size });
    createReadStream(file).pipe(res);
  }),
);

let next_ = 0;
const take = () => assets[next_++ % assets.length].id;
async function one(base: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${base}/api/assets/${take()}/thumbnail`, { headers: { cookie } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`thumbnail → ${res.status}`);
  return performance.now() - t;
}
async function measure(name: string, base: string) {
  for (let i = 0; i < 100; i++) await one(base); // warm
  const seq: number[] = [];
  for (let i = 0; i < 400; i++) seq.push(await one(base));
  const start = performance.now();
  let left = 600;
  await Promise.all(Array.from({ length: 6 }, async () => { while (left-- > 0) await one(base); }));
  const burst = performance.now() - start;
  return { name, p50: pct(seq, 50), p90: pct(seq, 90), burst };
}

const results = [];
for (const [name, base] of [['Next route handler', viaNext], ['direct route (web server)', direct], ['static file floor', floor]] as const) {
  if (base) results.push(await measure(name, base));
}
const floorResult = results.find((r) => r.name === 'static file floor')!;
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; 2-core machine`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(26)} sequential p50 ${r.p50.toFixed(2)} ms, p90 ${r.p90.toFixed(2)} ms; 600 at 6 connections ${r.burst.toFixed(0)} ms (${((600 / r.burst) * 1000).toFixed(0)}/s) → ${(r.burst / floorResult.burst).toFixed(2)} × the floor`,
  );
}
await app.close();
await disconnectPrisma();
process.exit(0);
