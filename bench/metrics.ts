// Scrape time of GET /api/metrics against whatever DATABASE_URL holds (the lead runs it on the
// 1.1M-asset bench database), next to GET /api/health measured in the same run: p50 and p95 of
// each, their ratio, and the three database reads of a scrape on their own.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/shoebox_bench npm run bench:metrics [-- --runs 200]
import { randomBytes } from 'node:crypto';
import { GET as healthRoute } from '@/app/api/health/route';
import { GET as metricsRoute } from '@/app/api/metrics/route';
import { countRecentIngests, readHeartbeatAges, readQueueFigures } from '@/lib/metrics/metrics.queries';
import { disconnectPrisma, prisma } from '@/lib/server/db';
import { env, requireDatabaseUrl } from '@/lib/server/env';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 200);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(20, RUNS); i++) await fn(); // warm caches and plans
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function ok(res: Response): Promise<void> {
  if (res.status !== 200 && res.status !== 503) throw new Error(`answered ${res.status}`);
  await res.arrayBuffer();
}

requireDatabaseUrl();
// The bench scrapes as Prometheus would: with a token, no session lookup.
const token = randomBytes(24).toString('hex');
env.METRICS_TOKEN = token;
const scrape = () => metricsRoute(new Request('http://127.0.0.1/api/metrics', { headers: { authorization: `Bearer ${token}` } })).then(ok);
const health = () => healthRoute(new Request('http://127.0.0.1/api/health')).then(ok);

const [{ assets }] = await prisma().$queryRaw<{ assets: number }[]>`SELECT count(*)::int AS assets FROM assets`;
const [{ jobs }] = await prisma().$queryRaw<{ jobs: number }[]>`SELECT count(*)::int AS jobs FROM graphile_worker._private_jobs`;
console.log(`database: ${assets} assets, ${jobs} unfinished jobs; ${RUNS} runs each`);

const rows: [string, number[]][] = [
  ['GET /api/health', await time(health)],
  ['GET /api/metrics', await time(scrape)],
  ['  queue by task and state', await time(readQueueFigures)],
  ['  worker heartbeats', await time(readHeartbeatAges)],
  ['  ingests in 5 min', await time(() => countRecentIngests(300))],
];
const healthP50 = pct(rows[0][1], 50);
for (const [name, xs] of rows) {
  const p50 = pct(xs, 50);
  console.log(`${name.padEnd(28)} p50 ${p50.toFixed(2).padStart(8)} ms  p95 ${pct(xs, 95).toFixed(2).padStart(8)} ms  ×${(p50 / healthP50).toFixed(2)} of health`);
}
await disconnectPrisma();
