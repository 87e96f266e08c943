// Seeds the timeline benchmark database: 1,000,000 assets for one user over 20 years (with a
// holiday month of ~10,000) and 100,000 for a second user, made in SQL with generate_series.
// Thumbnails: 24 real WebP files under DATA_DIR (three shapes × eight colours) that every
// asset's thumb row points at, so the browser benchmark loads real images through the real
// route, one request per asset. Run once; each step skips when already done. Never part of tests.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/shoebox_bench DATA_DIR=/tmp/shoebox-bench \
//     npm run bench:seed
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { derivedRoot } from '@/lib/storage/storage';
import { requireDatabaseUrl } from '@/lib/server/env';
import { migrateDatabase } from '@/lib/server/migrations';
import { BENCH_USERS } from './bench-users';

const MAIN_ASSETS = 1_000_000;
const HOLIDAY_ASSETS = 6_000; // all in August 2019: the busiest month
const SECOND_ASSETS = 100_000;

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const database = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  await client.end();
}

/** One user, one library, `count` assets spread uniformly over [from, from + years). */
function seedSql(email: string, count: number, from: string, years: number, holiday: number): string {
  return `
  WITH u AS (
    INSERT INTO users (email, name, password_hash) VALUES ('${email}', 'Bench', 'not-a-hash') RETURNING id),
  l AS (
    INSERT INTO libraries (owner_id, name, root_path) SELECT id, 'Bench', '/bench/${email}' FROM u RETURNING id, owner_id),
  g AS (
    SELECT i,
           CASE WHEN i <= ${holiday} THEN timestamp '2019-08-01' + (random() * interval '30 days')
                ELSE timestamp '${from}' + (random() * interval '${years} years') END AS local,
           (i % 20 = 0) AS video, (i % 3) AS shape
    FROM generate_series(1, ${count}) AS i)
  INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, status, ingest_status, taken_at_local,
                      taken_at_utc, taken_at_source, width, height, duration_ms, mime, thumbhash)
  SELECT l.owner_id, l.id, CASE WHEN g.video THEN 'video'::"AssetType" ELSE 'photo'::"AssetType" END,
         to_char(g.local, 'YYYY/MM/') || 'IMG_' || g.i || CASE WHEN g.video THEN '.mp4' ELSE '.jpg' END,
         2000000 + g.i, g.local AT TIME ZONE 'UTC',
         CASE WHEN g.i % 100 = 7 THEN 'trashed'::"AssetStatus" ELSE 'online'::"AssetStatus" END, 'ready',
         g.local,
         CASE WHEN g.i % 10 < 7 THEN (g.local - ((g.i % 24) - 11) * interval '1 hour') AT TIME ZONE 'UTC' END,
         'exif',
         CASE g.shape WHEN 0 THEN 4000 WHEN 1 THEN 3000 ELSE 1920 END,
         CASE g.shape WHEN 0 THEN 3000 WHEN 1 THEN 4000 ELSE 1080 END,
         CASE WHEN g.video THEN 5000 + (g.i % 600) * 1000 END,
         CASE WHEN g.video THEN 'video/mp4' ELSE 'image/jpeg' END,
         decode(md5(g.i::text) || substr(md5((g.i + 1)::text), 1, 14), 'hex')
  FROM g, l;
  -- 2% favourites, 1% archived, for the owner.
  INSERT INTO asset_user_states (user_id, asset_id, favourite_at, archived)
  SELECT a.owner_id, a.id, CASE WHEN a.size % 50 = 0 THEN now() END, a.size % 100 = 1
  FROM assets a JOIN users u ON u.id = a.owner_id AND u.email = '${email}'
  WHERE a.size % 50 = 0 OR a.size % 100 = 1;`;
}

// The seeded shapes (i % 3): 4000×3000, 3000×4000, 1920×1080 → thumbnails 250 px high.
const SHAPES = [
  [333, 250],
  [188, 250],
  [444, 250],
] as const;
const HUES = 8;

async function seedThumbnails(client: pg.Client): Promise<void> {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM derived WHERE storage_key LIKE 'bench/%'`);
  if (rows[0].n > 0) return console.log('[bench] thumbnails already seeded');
  const t = performance.now();
  const sizes = new Map<string, number>();
  for (const [shape, [width, height]] of SHAPES.entries()) {
    for (let hue = 0; hue < HUES; hue++) {
      const key = `bench/thumb-${shape}-${hue}.webp`;
      const [r, g, b] = [(hue * 97) % 256, (hue * 53 + 80) % 256, (hue * 31 + 160) % 256];
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="rgb(${r},${g},${b})"/><stop offset="1" stop-color="rgb(${b},${r},${g})"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 4}" fill="rgba(255,255,255,0.35)"/></svg>`;
      const webp = await sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer();
      const file = path.join(derivedRoot(), key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, webp);
      sizes.set(key, webp.length);
    }
  }
  await client.query(
    `INSERT INTO derived (asset_id, kind, storage_key, width, height, bytes)
     SELECT a.id, 'thumb', 'bench/thumb-' || ((a.size - 2000000) % 3) || '-' || ((a.size - 2000000) % ${HUES}) || '.webp',
            (ARRAY[333, 188, 444])[((a.size - 2000000) % 3) + 1], 250, 20000
     FROM assets a JOIN libraries l ON l.id = a.library_id AND l.root_path LIKE '/bench/%'
     ON CONFLICT (asset_id, kind) DO NOTHING`,
  );
  console.log(`[bench] thumbnails: ${sizes.size} files under ${derivedRoot()}, one row per asset, in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  const url = requireDatabaseUrl();
  await ensureDatabase(url);
  await migrateDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [BENCH_USERS.main]);
  if (rows[0].n > 0) {
    console.log('[bench] already seeded');
  } else {
    let t = performance.now();
    await client.query('BEGIN');
    await client.query(seedSql(BENCH_USERS.main, MAIN_ASSETS, '2006-01-01', 20, HOLIDAY_ASSETS));
    await client.query(seedSql(BENCH_USERS.second, SECOND_ASSETS, '2016-01-01', 10, 0));
    await client.query('COMMIT');
    console.log(`[bench] seeded ${MAIN_ASSETS + SECOND_ASSETS} assets in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    await client.query('REFRESH MATERIALIZED VIEW CONCURRENTLY monthly_counts');
    console.log(`[bench] refreshed monthly_counts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await seedThumbnails(client);
  await client.query('VACUUM ANALYZE');
  await client.end();
}

await main();
