// The map's clusters at 1,000,000 geotagged assets of one user: the two methods of lib/map
// side by side — the in-process supercluster index (cold build, then warm requests, each with
// its version check) and the SQL grid — for a world view (zoom 2) and a city view (central
// Paris at zoom 12, the box a 1280×800 window shows), p50/p95 and the ratio to the 50 ms goal.
// The places are clustered like real libraries: around 60 real cities (a few very popular),
// spread by a normal distribution of a few kilometres, plus 3% anywhere. Seeds its own database
// (default shoebox_map_bench on the local PostgreSQL) and drops it at the end. Never part of tests.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/shoebox_map_bench npm run bench:map [-- --iterations 20] [-- --keep]
import os from 'node:os';
import pg from 'pg';
import { forgetClusterIndexes } from '@/lib/map/cluster-cache';
import { getMapClusters, type MapMethod } from '@/lib/map/get-map-clusters';
import type { MapClustersQuery } from '@/lib/map/map.schemas';
import { disconnectPrisma } from '@/lib/server/db';
import { requireDatabaseUrl } from '@/lib/server/env';
import { migrateDatabase } from '@/lib/server/migrations';

const arg = (name: string) => process.argv.indexOf(name);
/** --assets N: a smaller run, to try the script. */
const ASSETS = arg('--assets') > 0 ? Number(process.argv[arg('--assets') + 1]) : 1_000_000;
const GOAL_MS = 50;
const ITERATIONS = arg('--iterations') > 0 ? Number(process.argv[arg('--iterations') + 1]) : 20;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

// [lat, lng, weight]: popular places hold more photos (home, holidays).
const CITIES: [number, number, number][] = [
  [48.8566, 2.3522, 30], [51.5072, -0.1276, 20], [40.7128, -74.006, 15], [35.6762, 139.6503, 10], [41.9028, 12.4964, 10],
  [52.52, 13.405, 8], [40.4168, -3.7038, 8], [41.3874, 2.1686, 8], [45.764, 4.8357, 6], [43.2965, 5.3698, 6],
  [43.7102, 7.262, 6], [47.2184, -1.5536, 5], [44.8378, -0.5792, 5], [50.8503, 4.3517, 5], [52.3676, 4.9041, 5],
  [45.4642, 9.19, 5], [43.7696, 11.2558, 5], [37.9838, 23.7275, 4], [38.7223, -9.1393, 4], [53.3498, -6.2603, 4],
  [55.6761, 12.5683, 3], [59.3293, 18.0686, 3], [60.1699, 24.9384, 3], [48.2082, 16.3738, 3], [50.0755, 14.4378, 3],
  [47.4979, 19.0402, 3], [52.2297, 21.0122, 3], [46.2044, 6.1432, 3], [47.3769, 8.5417, 3], [34.0522, -118.2437, 4],
  [37.7749, -122.4194, 4], [41.8781, -87.6298, 3], [25.7617, -80.1918, 3], [45.5017, -73.5673, 3], [43.6532, -79.3832, 3],
  [19.4326, -99.1332, 2], [-22.9068, -43.1729, 2], [-34.6037, -58.3816, 2], [-33.8688, 151.2093, 3], [-37.8136, 144.9631, 2],
  [-36.8485, 174.7633, 2], [1.3521, 103.8198, 2], [13.7563, 100.5018, 2], [22.3193, 114.1694, 2], [31.2304, 121.4737, 2],
  [39.9042, 116.4074, 2], [37.5665, 126.978, 2], [28.6139, 77.209, 2], [19.076, 72.8777, 2], [25.2048, 55.2708, 2],
  [30.0444, 31.2357, 2], [-33.9249, 18.4241, 2], [-1.2921, 36.8219, 1], [64.1466, -21.9426, 1], [-17.7134, 178.065, 1],
  [21.3069, -157.8583, 1], [-8.4095, 115.1889, 2], [36.3932, 25.4615, 2], [42.6507, 18.0944, 1], [35.0116, 135.7681, 2],
];

async function ensureDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const database = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  if (!(await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  await client.end();
}

async function dropDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const database = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  await client.end();
}

async function seed(client: pg.Client): Promise<string> {
  const existing = await client.query<{ id: string }>(`SELECT id FROM users WHERE email = 'map-bench@example.test'`);
  if (existing.rowCount) return existing.rows[0].id;
  const t = performance.now();
  const user = (await client.query<{ id: string }>(`INSERT INTO users (email, name, password_hash) VALUES ('map-bench@example.test', 'Bench', 'x') RETURNING id`)).rows[0].id;
  const library = (await client.query<{ id: string }>(`INSERT INTO libraries (owner_id, name, root_path) VALUES ($1, 'Bench', '/bench/map') RETURNING id`, [user])).rows[0].id;
  await client.query(`
    INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, status, ingest_status, taken_at_local, taken_at_source, width, height, mime)
    SELECT $1, $2, 'photo', 'IMG_' || g || '.jpg', 1000, now(), 'online', 'ready',
           timestamp '2006-01-01' + (g::float / ${ASSETS}) * interval '20 years', 'exif', 4000, 3000, 'image/jpeg'
    FROM generate_series(1, ${ASSETS}) g`, [user, library]);
  // Each asset picks a city by weight (cumulative weights), then a normal offset (Box-Muller)
  // of sigma 0.04° (~4 km) for 70%, 0.3° for the rest (day trips); 3% anywhere on the globe.
  const lat = CITIES.map((c) => c[0]);
  const lng = CITIES.map((c) => c[1]);
  let sum = 0;
  const cumulative = CITIES.map((c) => (sum += c[2]));
  await client.query(`
    INSERT INTO asset_places (asset_id, latitude, longitude, geocoded_at)
    SELECT id,
           CASE WHEN r0 < 0.03 THEN -60 + r1 * 130 ELSE greatest(-89, least(89, ($1::float8[])[1 + k] + s * sqrt(-2 * ln(1 - r1)) * cos(2 * pi() * r2))) END,
           CASE WHEN r0 < 0.03 THEN -180 + r2 * 360 ELSE (((($2::float8[])[1 + k] + s * sqrt(-2 * ln(1 - r1)) * sin(2 * pi() * r2)) + 540)::numeric % 360 - 180)::float8 END,
           now()
    FROM (SELECT y.*, (SELECT count(*) FROM unnest($3::float8[]) w WHERE w < y.rk * ${sum})::int AS k
          FROM (SELECT a.id, random() AS r0, random() AS r1, random() AS r2, random() AS rk, CASE WHEN random() < 0.7 THEN 0.04 ELSE 0.3 END AS s
                FROM assets a WHERE a.library_id = $4) y) x`, [lat, lng, cumulative, library]);
  await client.query('ANALYZE');
  console.log(`seeded ${ASSETS.toLocaleString('en-US')} geotagged assets in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  return user;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function main() {
  const url = requireDatabaseUrl();
  await ensureDatabase(url);
  await migrateDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const userId = await seed(client);
  await client.end();

  const views: [string, MapClustersQuery][] = [
    ['world (zoom 2)', { west: -180, south: -85, east: 180, north: 85, zoom: 2, peopleMode: 'all' }],
    ['city: Paris (zoom 12)', { west: 2.1325, south: 48.7766, east: 2.5719, north: 48.9366, zoom: 12, peopleMode: 'all' }],
  ];
  console.log(`load average before: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores)`);
  forgetClusterIndexes();
  const rss = process.memoryUsage().rss;
  const cold = await time(() => getMapClusters(userId, views[0][1], 'index'));
  console.log(`supercluster index: cold build (read every place + cluster) ${cold.toFixed(0)} ms, RSS +${((process.memoryUsage().rss - rss) / 2 ** 20).toFixed(0)} MB`);
  for (const method of ['index', 'grid'] as MapMethod[]) {
    for (const [name, query] of views) {
      const first = await getMapClusters(userId, query, method);
      const times: number[] = [];
      // At most ~60 s a case (a slow one still gets 5 runs).
      const started = performance.now();
      for (let i = 0; i < ITERATIONS && (i < 5 || performance.now() - started < 60_000); i++) times.push(await time(() => getMapClusters(userId, query, method)));
      const p50 = pct(times, 50);
      console.log(
        `${method.padEnd(5)} ${name.padEnd(22)} p50 ${p50.toFixed(1).padStart(7)} ms  p95 ${pct(times, 95).toFixed(1).padStart(7)} ms  ` +
          `${(p50 / GOAL_MS).toFixed(2)}× the ${GOAL_MS} ms goal  (${first.clusters.length} clusters, ${first.total.toLocaleString('en-US')} assets, ${times.length} runs)`,
      );
    }
  }
  console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await disconnectPrisma();
  if (arg('--keep') < 0) {
    await dropDatabase(url);
    console.log('dropped the bench database');
  }
}

main().catch(async (error) => {
  console.error(error);
  await disconnectPrisma();
  process.exit(1);
});
