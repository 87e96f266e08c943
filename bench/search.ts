// The one search box on a household-sized library: 200,000 assets of one user (every 20th a
// video), exif on half (five cameras), a caption on every fifth, labels on every tenth, 50
// people with faces on 20,000 photos, made in SQL with generate_series into its own database.
// Prints p50/p90 of searchAssets (the operation the route calls) for typical searches: a rare
// word, a common one, a person, a caption word, a question, a date, filters only, and a
// rare word with a date — the literal half only (no CLIP model here). Run once to seed; later
// runs reuse the data. Never part of tests.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/shoebox_bench_search npm run bench:search [-- --iterations 20]
import pg from 'pg';
import { searchAssets } from '@/lib/search/search-assets';
import { searchQuerySchema } from '@/lib/search/search.schemas';
import { disconnectPrisma } from '@/lib/server/db';
import { requireDatabaseUrl } from '@/lib/server/env';
import { migrateDatabase } from '@/lib/server/migrations';

const ASSETS = 200_000;
const i = process.argv.indexOf('--iterations');
const ITERATIONS = i > 0 ? Number(process.argv[i + 1]) : 20;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function ensureDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const database = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  if (!(await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  await client.end();
}

async function seed(client: pg.Client): Promise<string> {
  const existing = await client.query<{ id: string }>(`SELECT id FROM users WHERE email = 'search-bench@example.test'`);
  if (existing.rowCount) return existing.rows[0].id;
  const t = performance.now();
  const user = (await client.query<{ id: string }>(`INSERT INTO users (email, name, password_hash) VALUES ('search-bench@example.test', 'Bench', 'x') RETURNING id`)).rows[0].id;
  const library = (await client.query<{ id: string }>(`INSERT INTO libraries (owner_id, name, root_path) VALUES ($1, 'Bench', '/bench/search') RETURNING id`, [user])).rows[0].id;
  await client.query(`
    INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, status, ingest_status, taken_at_local, taken_at_source, width, height, mime)
    SELECT $1, $2, CASE WHEN g % 20 = 0 THEN 'video'::"AssetType" ELSE 'photo'::"AssetType" END,
           to_char(d, 'YYYY/MM/') || (ARRAY['holiday','family','garden','work','misc'])[1 + g % 5] || '/IMG_' || g || CASE WHEN g % 20 = 0 THEN '.mp4' ELSE '.jpg' END,
           1000, now(), 'online', 'ready', d, 'exif', 4000, 3000, 'image/jpeg'
    FROM generate_series(1, ${ASSETS}) g, LATERAL (SELECT timestamp '2006-01-01' + (g::float / ${ASSETS}) * interval '20 years' AS d) t`, [user, library]);
  await client.query(`
    INSERT INTO exif (asset_id, make, model, lens)
    SELECT id, (ARRAY['Canon','Nikon','Apple','Sony','Fujifilm'])[1 + n % 5], (ARRAY['Canon EOS 5D','D750','iPhone 12','A7 III','X-T3'])[1 + n % 5], 'Lens ' || n % 7
    FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM assets WHERE library_id = $1) a WHERE n % 2 = 0`, [library]);
  await client.query(`
    INSERT INTO analyses (asset_id, caption, labels, color_name, quality)
    SELECT id, CASE WHEN n % 5 = 0 THEN (ARRAY['a dog on a beach','a plate of food','children in a park','a city street at night','a mountain lake'])[1 + n / 5 % 5] END,
           CASE WHEN n % 10 = 0 THEN ARRAY['is_animal'] ELSE ARRAY[]::text[] END,
           (ARRAY['red','green','blue','yellow','grey'])[1 + n % 5], (n % 100)::real
    FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM assets WHERE library_id = $1) a`, [library]);
  await client.query(`INSERT INTO people (owner_id, name) SELECT $1, 'Person ' || g FROM generate_series(1, 50) g`, [user]);
  await client.query(`
    INSERT INTO faces (asset_id, person_id, box_x, box_y, box_w, box_h, score, descriptor)
    SELECT a.id, p.id, 0.1, 0.1, 0.2, 0.2, 0.9, '\\x00'::bytea
    FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM assets WHERE library_id = $1 AND type = 'photo') a
    JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 k FROM people WHERE owner_id = $2) p ON p.k = a.n % 50
    WHERE a.n % 10 = 3`, [library, user]);
  await client.query('ANALYZE');
  console.log(`seeded ${ASSETS} assets in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  return user;
}

async function main() {
  const url = requireDatabaseUrl();
  await ensureDatabase(url);
  await migrateDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const userId = await seed(client);
  await client.end();
  const actor = { id: userId, role: 'user' as const };
  const searches: [string, Record<string, string>][] = [
    ['rare word (one file)', { q: 'IMG_123457' }],
    ['common word (a folder)', { q: 'garden' }],
    ['camera', { q: 'nikon' }],
    ['person', { q: 'person 17' }],
    ['caption word', { q: 'mountain' }],
    ['question', { q: 'animals' }],
    ['date only', { q: 'summer 2019' }],
    ['word + date', { q: 'garden december 2015' }],
    ['filters only', { colour: 'red', quality: '50', type: 'photo' }],
    ['nothing matches', { q: 'zzzqqq' }],
  ];
  console.log(`searchAssets, ${ITERATIONS} runs each (ms)        p50      p90   results`);
  for (const [name, params] of searches) {
    const query = searchQuerySchema.parse({ ...params, limit: '60' });
    let count = 0;
    for (let k = 0; k < 2; k++) await searchAssets(actor, query);
    const times: number[] = [];
    for (let k = 0; k < ITERATIONS; k++) {
      const t = performance.now();
      count = (await searchAssets(actor, query)).items.length;
      times.push(performance.now() - t);
    }
    console.log(`${name.padEnd(40)} ${pct(times, 50).toFixed(1).padStart(7)}  ${pct(times, 90).toFixed(1).padStart(7)}   ${count}`);
  }
  await disconnectPrisma();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
