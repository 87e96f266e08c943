// The /admin overview on a big library: seeds `--assets N` assets (default 200,000; every 20th
// a video, added over three years, a thousand in the last day) with a thumbnail and a preview
// row each and a poster for videos, plus a few hundred queued jobs, into its own database; then
// prints p50 of the whole overview (what the page renders), of its live half (what the page
// refreshes every ten seconds), and their ratio to one plain `count(*)` over assets measured in
// the same run. Run once to seed; later runs reuse the data. Never part of tests.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/shoebox_bench_admin npm run bench:admin-overview [-- --assets 200000]
import pg from 'pg';
import { getAdminOverview } from '@/lib/admin/get-admin-overview';
import { disconnectPrisma } from '@/lib/server/db';
import { requireDatabaseUrl } from '@/lib/server/env';
import { migrateDatabase } from '@/lib/server/migrations';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ASSETS = arg('--assets', 200_000);
const ITERATIONS = arg('--iterations', 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function ensureDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const database = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  if (!(await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  await client.end();
}

const SEED = `
  WITH u AS (INSERT INTO users (email, name, password_hash) VALUES ('bench-admin@example.test', 'Bench', 'not-a-hash') RETURNING id),
  l AS (INSERT INTO libraries (owner_id, name, root_path) SELECT id, 'Bench', '/bench/admin-overview' FROM u RETURNING id, owner_id)
  INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, status, ingest_status, taken_at_local, width, height, mime, created_at)
  SELECT l.owner_id, l.id, CASE WHEN i % 20 = 0 THEN 'video'::"AssetType" ELSE 'photo'::"AssetType" END, 'IMG_' || i,
         2000000 + i, now(), 'online', 'ready', timestamp '2010-01-01' + i * interval '10 minutes', 4000, 3000, 'image/jpeg',
         CASE WHEN i <= 1000 THEN now() - random() * interval '24 hours' ELSE now() - random() * interval '3 years' END
  FROM l, generate_series(1, $1::int) AS i;
  INSERT INTO derived (asset_id, kind, storage_key, width, height, bytes, created_at)
  SELECT id, k.kind::"DerivedKind", id::text || '/' || k.kind, 320, 240, k.bytes, created_at + interval '1 minute'
  FROM assets, (VALUES ('thumb', 20000), ('preview', 200000)) AS k(kind, bytes);
  INSERT INTO derived (asset_id, kind, storage_key, width, height, bytes, created_at)
  SELECT id, 'poster', id::text || '/poster', 1920, 1080, 300000, created_at FROM assets WHERE type = 'video';
  SELECT graphile_worker.add_job('asset:ingest', json_build_object('assetId', id), job_key => 'bench:' || id::text)
  FROM assets ORDER BY created_at DESC LIMIT 300;
  ANALYZE;`;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const started = performance.now();
    await fn();
    runs.push(performance.now() - started);
  }
  return median(runs);
}

async function main(): Promise<void> {
  const url = requireDatabaseUrl();
  await ensureDatabase(url);
  await migrateDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  if (!(await client.query('SELECT 1 FROM users WHERE email = $1', ['bench-admin@example.test'])).rowCount) {
    const started = performance.now();
    for (const statement of SEED.split(';').map((s) => s.trim()).filter(Boolean)) await client.query(statement, statement.includes('$1') ? [ASSETS] : []);
    console.log(`seeded ${ASSETS} assets in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const { rows } = await client.query('SELECT (SELECT count(*) FROM assets)::int AS assets, (SELECT count(*) FROM derived)::int AS derived');
  console.log(`database: ${rows[0].assets} assets, ${rows[0].derived} derived rows`);
  const baseline = await time(() => client.query('SELECT count(*) FROM assets'));
  await client.end();
  const whole = await time(() => getAdminOverview('all'));
  const live = await time(() => getAdminOverview('live'));
  console.log(`baseline count(*) over assets   p50 ${baseline.toFixed(1)} ms`);
  console.log(`overview (whole, page render)   p50 ${whole.toFixed(1)} ms  ratio ${(whole / baseline).toFixed(2)}`);
  console.log(`overview (live, 10 s refresh)   p50 ${live.toFixed(1)} ms  ratio ${(live / baseline).toFixed(2)}`);
  await disconnectPrisma();
}

await main();
