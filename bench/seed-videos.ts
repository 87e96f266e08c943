// Seeds the video catalogue benchmark database (bench/catalogue.ts): by default 100,000 videos,
// 5,000 performers, 500 studios (a fifth under a parent), 2,000 tags (a two-level hierarchy),
// with a realistic skew (performers, studios and tags picked by a power law: the most popular
// performer is in thousands of videos, most in a handful), three users — the first owns two
// libraries (shared with both others), the second one (shared with the first), the third none
// — and per-user states (ratings, likes, favourites, plays, view time, resume points), plays
// over the last 26 weeks and markers. All in SQL with generate_series; entity counts scale with
// --videos. Idempotent: a second run says so and stops; --reset removes the bench users (and so
// everything they own) first. Ends with VACUUM ANALYZE. Never part of tests.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/shoebox_bench_videos \
//     npm run bench:seed-videos [-- --videos 100000] [-- --reset]
import pg from 'pg';
import { requireDatabaseUrl } from '@/lib/server/env';
import { migrateDatabase } from '@/lib/server/migrations';
import { CATALOGUE_BENCH_USERS } from './bench-users';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const VIDEOS = arg('videos', 100_000);
const RESET = process.argv.includes('--reset');
const PERFORMERS = Math.max(50, Math.round(VIDEOS / 20));
const STUDIOS = Math.max(10, Math.round(VIDEOS / 200));
const TAGS = Math.max(40, Math.round(VIDEOS / 50));

// Words for titles, tags and folders (the text search needs real words to find).
const WORDS = `beach sunset holiday garden kitchen road trip mountain lake forest city night morning party wedding birthday
  concert river island desert snow winter summer autumn spring harbour market museum castle bridge train boat
  picnic camping hiking skiing surfing diving cooking dancing singing painting reading running cycling fishing
  family friends school office studio stage street park village farm coast cliff valley canyon volcano glacier
  jungle savanna reef cave temple church tower palace garden fountain square alley rooftop balcony terrace
  portrait landscape interview review tutorial documentary trailer teaser behind scenes outtakes highlights
  session rehearsal premiere finale episode chapter part volume collection special extended remastered classic`
  .split(/\s+/)
  .filter((w, i, all) => w && all.indexOf(w) === i);
const FIRST = `Alice Bob Carol Dave Erin Frank Grace Heidi Ivan Judy Mallory Niaj Olivia Peggy Rupert Sybil Trent Uma
  Victor Walter Xena Yara Zoe Amber Bruno Chloe Diego Elena Felix Gina Hugo Iris Jonas Kira Leo Maya Nora Oscar
  Pia Quinn Rosa Sam Tara Ugo Vera Wade Xavi Yuki Zack Anna Ben Cleo Dora Emil Fay Gus Hana Ines`.split(/\s+/).filter((w, i, all) => w && all.indexOf(w) === i);
const LAST = `Smith Jones Brown Taylor Wilson Davies Evans Thomas Johnson Roberts Walker Wright Robinson Thompson White
  Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill Scott Cooper Morris Ward Moore
  King Watson Baker Harrison Morgan Patel Young Allen Mitchell James Anderson Phillips Lee Bell Parker Davis Murphy
  Price Bennett Griffiths Kelly Simpson Marshall Collins Bailey Cox Richards Fox Rose Stone Lane Webb Knight Hunt
  Mills Palmer Shaw Holmes Rogers Stevens Lloyd Fisher Gray Hudson`.split(/\s+/).filter((w, i, all) => w && all.indexOf(w) === i);

const lit = (words: string[]) => `(ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}])`;

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

/** Entities of one owner: n performers, studios and tags, names unique per owner. */
function entitiesSql(owner: string, performers: number, studios: number, tags: number): string {
  const w = lit(WORDS);
  return `
  INSERT INTO people (owner_id, name, aliases)
  SELECT ${owner}, f.first[1 + i % ${FIRST.length}] || ' ' || f.last[1 + (i / ${FIRST.length}) % ${LAST.length}]
           || CASE WHEN i >= ${FIRST.length * LAST.length} THEN ' ' || i ELSE '' END,
         CASE WHEN i % 5 = 0 THEN ARRAY[f.first[1 + (i * 7) % ${FIRST.length}] || ' ' || f.last[1 + (i * 3) % ${LAST.length}] || ' ' || i] ELSE '{}' END
  FROM generate_series(0, ${performers - 1}) i, (SELECT ${lit(FIRST)} AS first, ${lit(LAST)} AS last) f;

  INSERT INTO studios (owner_id, name)
  SELECT ${owner}, initcap(${w}[1 + i % ${WORDS.length}]) || ' ' || (ARRAY['Films','Pictures','Studios','Media','Works'])[1 + (i / ${WORDS.length}) % 5]
           || CASE WHEN i >= ${WORDS.length * 5} THEN ' ' || i ELSE '' END
  FROM generate_series(0, ${studios - 1}) i;
  -- A fifth of the studios sit under one of the first tenth.
  WITH s AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM studios WHERE owner_id = ${owner}),
       p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM studios WHERE owner_id = ${owner})
  UPDATE studios st SET parent_id = p.id FROM s, p
  WHERE st.id = s.id AND s.n > ${Math.ceil(studios / 10)} AND s.n % 5 = 0 AND p.n = 1 + s.n % ${Math.ceil(studios / 10)};

  INSERT INTO tags (owner_id, name, aliases)
  SELECT ${owner}, ${w}[1 + i % ${WORDS.length}] || CASE WHEN i >= ${WORDS.length} THEN ' ' || ${w}[1 + (i / ${WORDS.length}) % ${WORDS.length}] || CASE WHEN i >= ${WORDS.length * WORDS.length} THEN ' ' || i ELSE '' END ELSE '' END,
         CASE WHEN i % 10 = 0 THEN ARRAY['tag' || i] ELSE '{}' END
  FROM generate_series(0, ${tags - 1}) i;
  -- The first 2.5 % are roots, the next 25 % their children, the rest grandchildren.
  WITH t AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM tags WHERE owner_id = ${owner})
  INSERT INTO tag_parents (tag_id, parent_id)
  SELECT c.id, p.id FROM t c JOIN t p ON (
      (c.n > ${Math.ceil(tags * 0.025)} AND c.n <= ${Math.ceil(tags * 0.275)} AND p.n = 1 + c.n % ${Math.ceil(tags * 0.025)})
   OR (c.n > ${Math.ceil(tags * 0.275)} AND c.n % 3 = 0 AND p.n = ${Math.ceil(tags * 0.025)} + 1 + c.n % ${Math.ceil(tags * 0.25)}))
  ON CONFLICT DO NOTHING;

  -- Performers' own tags (their videos inherit them): 0–3 each, popular tags more often.
  WITH p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people WHERE owner_id = ${owner}),
       t AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM tags WHERE owner_id = ${owner})
  INSERT INTO person_tags (person_id, tag_id)
  SELECT p.id, t.id FROM p
  CROSS JOIN LATERAL generate_series(1, (p.n % 4)::int) k
  CROSS JOIN LATERAL (SELECT 1 + floor(${tags} * power(random(), 2) + 0 * k)::int AS pick) r
  JOIN t ON t.n = r.pick
  ON CONFLICT DO NOTHING;`;
}

/** `count` videos in a library, with their links to the owner's entities by a power law. */
function videosSql(library: string, owner: string, count: number, offset: number): string {
  const w = lit(WORDS);
  return `
  INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, status, ingest_status, taken_at_local, taken_at_source,
                      width, height, duration_ms, mime, title, description, created_at, release_date, organised)
  SELECT ${owner}, ${library}, 'video', g.folder || '/' || replace(g.title, ' ', '_') || '_' || g.i || '.mp4',
         (g.dur::bigint * g.rate / 8), g.added, 'online', 'ready', g.added AT TIME ZONE 'UTC', 'mtime',
         g.w, g.h, g.dur * 1000, 'video/mp4',
         CASE WHEN g.i % 10 <> 0 THEN g.title END,
         CASE WHEN g.i % 3 = 0 THEN 'A ' || g.word2 || ' ' || g.word3 || ' video about ' || g.word1 END,
         g.added,
         CASE WHEN g.i % 7 <> 0 THEN date '2000-01-01' + (g.i * 7919 % 9500) END,
         g.i % 4 = 0
  FROM (
    SELECT i, ${w}[1 + (i * 31) % ${WORDS.length}] AS word1, ${w}[1 + (i * 17) % ${WORDS.length}] AS word2, ${w}[1 + (i * 13) % ${WORDS.length}] AS word3,
           initcap(${w}[1 + (i * 31) % ${WORDS.length}]) || ' ' || ${w}[1 + (i * 17) % ${WORDS.length}] || ' ' || (i % 40 + 1) AS title,
           ${w}[1 + (i * 13) % ${WORDS.length}] || '/' || (2000 + i % 26) AS folder,
           now() - ((i::bigint * 104729) % (5 * 365 * 24 * 3600)) * interval '1 second' AS added,
           120 + (i * 7) % 3600 AS dur,
           (ARRAY[1500000, 4000000, 8000000, 20000000])[1 + i % 4] AS rate,
           (ARRAY[640, 1280, 1920, 3840])[1 + i % 4] AS w, (ARRAY[360, 720, 1080, 2160])[1 + i % 4] AS h
    FROM generate_series(${offset + 1}, ${offset + count}) i
  ) g;`;
}

function linksSql(owner: string, performers: number, studios: number, tags: number): string {
  return `
  CREATE TEMP TABLE bp AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM people WHERE owner_id = ${owner};
  CREATE TEMP TABLE bs AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM studios WHERE owner_id = ${owner};
  CREATE TEMP TABLE bt AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM tags WHERE owner_id = ${owner};
  CREATE INDEX ON bp (n); CREATE INDEX ON bs (n); CREATE INDEX ON bt (n);
  CREATE TEMP TABLE bv AS SELECT id, row_number() OVER (ORDER BY created_at) AS n FROM assets WHERE owner_id = ${owner} AND type = 'video';
  -- Performers: 10 % none, 45 % one, 25 % two, 20 % three to five; picked by u^3 (heavily skewed).
  INSERT INTO asset_people (asset_id, person_id, source)
  SELECT v.id, p.id, 'user' FROM bv v
  CROSS JOIN LATERAL generate_series(1, CASE WHEN v.n % 20 < 2 THEN 0 WHEN v.n % 20 < 11 THEN 1 WHEN v.n % 20 < 16 THEN 2 ELSE 3 + (v.n % 3)::int END) k
  CROSS JOIN LATERAL (SELECT 1 + floor(${performers} * power(random(), 3) + 0 * k)::int AS pick) r
  JOIN bp p ON p.n = r.pick
  ON CONFLICT DO NOTHING;
  -- Tags: 0–8 each, by u^2.
  INSERT INTO asset_tags (asset_id, tag_id, source)
  SELECT v.id, t.id, 'user' FROM bv v
  CROSS JOIN LATERAL generate_series(1, (v.n * 7 % 9)::int) k
  CROSS JOIN LATERAL (SELECT 1 + floor(${tags} * power(random(), 2) + 0 * k)::int AS pick) r
  JOIN bt t ON t.n = r.pick
  ON CONFLICT DO NOTHING;
  -- A studio for 80 %, by u^2.
  UPDATE assets a SET studio_id = s.id FROM bv v
  CROSS JOIN LATERAL (SELECT 1 + floor(${studios} * power(random(), 2) + 0 * v.n)::int AS pick) r
  JOIN bs s ON s.n = r.pick
  WHERE a.id = v.id AND v.n % 5 <> 0;
  DROP TABLE bp, bs, bt, bv;`;
}

/** Video facts and derived files every card reads (rows only: the catalogue reads rows). */
const mediaSql = (owner: string) => `
  INSERT INTO video_meta (asset_id, container, video_codec, audio_codec, fps, bitrate, browser_playable, subtitle_tracks)
  SELECT a.id, 'mov,mp4,m4a,3gp,3g2,mj2', (ARRAY['h264','hevc','vp9','av1'])[1 + abs(hashtext(a.id::text)) % 4], 'aac', 30,
         (a.size * 8 / greatest(a.duration_ms / 1000, 1))::int, true, CASE WHEN abs(hashtext(a.id::text)) % 10 = 0 THEN 1 ELSE 0 END
  FROM assets a WHERE a.owner_id = ${owner} AND a.type = 'video';
  INSERT INTO derived (asset_id, kind, storage_key, width, height, bytes)
  SELECT a.id, k.kind::"DerivedKind", 'assets/' || a.id || '/' || k.kind, 320, 180, 20000
  FROM assets a, (VALUES ('thumb'), ('sprite'), ('vtt'), ('teaser_sm')) k(kind)
  WHERE a.owner_id = ${owner} AND a.type = 'video';`;

/** One user's states on a share of the videos they see, their plays and markers. */
const statesSql = (user: string) => `
  CREATE TEMP TABLE seen AS
    SELECT a.id, row_number() OVER (ORDER BY a.id) AS n, a.duration_ms FROM assets a
    WHERE a.type = 'video' AND (a.owner_id = ${user} OR EXISTS (SELECT 1 FROM library_members m WHERE m.library_id = a.library_id AND m.user_id = ${user}));
  INSERT INTO asset_user_states (user_id, asset_id, rating, rated_at, liked_at, favourite_at, play_count, view_seconds, last_viewed_at, resume_at)
  SELECT ${user}, s.id,
         CASE WHEN s.n % 2 = 0 THEN 1 + (s.n * 13 % 10)::int END,
         CASE WHEN s.n % 2 = 0 THEN now() - (s.n % 700) * interval '1 day' END,
         CASE WHEN s.n % 5 = 0 THEN now() - (s.n % 600) * interval '1 day' END,
         CASE WHEN s.n % 20 = 0 THEN now() - (s.n % 500) * interval '1 day' END,
         (s.n % 6)::int, (s.n % 6) * s.duration_ms / 1000.0 * 0.8,
         now() - (s.n % 400) * interval '1 day',
         CASE WHEN s.n % 10 = 3 THEN (s.duration_ms / 2000)::float8 END
  FROM seen s WHERE s.n % 5 IN (0, 3) OR s.n % 7 = 0;
  INSERT INTO video_plays (id, user_id, asset_id, watched_seconds, counted, started_at, updated_at)
  SELECT gen_random_uuid(), ${user}, s.id, 60 + (g * 37 % 1800), true, now() - (g % 182) * interval '1 day', now() - (g % 182) * interval '1 day'
  FROM generate_series(1, 3000) g JOIN seen s ON s.n = 1 + (g * 7919) % (SELECT count(*) FROM seen);
  INSERT INTO markers (asset_id, user_id, seconds, title)
  SELECT s.id, ${user}, (g * 13) % 600, 'marker ' || g
  FROM generate_series(1, 5000) g JOIN seen s ON s.n = 1 + (g * 104729) % (SELECT count(*) FROM seen);
  DROP TABLE seen;`;

async function main(): Promise<void> {
  const url = requireDatabaseUrl();
  await ensureDatabase(url);
  await migrateDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const emails = Object.values(CATALOGUE_BENCH_USERS);
  if (RESET) {
    const t = performance.now();
    await client.query('DELETE FROM users WHERE email = ANY($1)', [emails]);
    console.log(`[bench] removed the previous catalogue seed in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const { rows } = await client.query('SELECT count(*)::int AS n FROM users WHERE email = ANY($1)', [emails]);
  if (rows[0].n > 0) {
    console.log('[bench] already seeded (pass --reset to seed again)');
    await client.end();
    return;
  }
  const started = performance.now();
  const step = async (what: string, sql: string) => {
    const t = performance.now();
    await client.query(sql);
    console.log(`[bench] ${what} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await client.query('BEGIN');
  const ids: string[] = [];
  for (const email of emails) {
    const r = await client.query(`INSERT INTO users (email, name, password_hash) VALUES ($1, 'Bench', 'not-a-hash') RETURNING id`, [email]);
    ids.push(r.rows[0].id);
  }
  const [u1, u2, u3] = ids.map((id) => `'${id}'::uuid`);
  const lib = async (owner: string, name: string) =>
    `'${(await client.query(`INSERT INTO libraries (owner_id, name, root_path) VALUES (${owner}, $1, $2) RETURNING id`, [name, `/bench/videos/${name}`])).rows[0].id}'::uuid`;
  const [main, extra, second] = [await lib(u1, 'main'), await lib(u1, 'extra'), await lib(u2, 'second')];
  await client.query(`INSERT INTO library_members (library_id, user_id) VALUES (${main}, ${u2}), (${main}, ${u3}), (${extra}, ${u3}), (${second}, ${u1})`);
  const [n1, n2] = [Math.round(VIDEOS * 0.6), Math.round(VIDEOS * 0.25)];
  const n3 = VIDEOS - n1 - n2;
  await step(`entities of user 1 (${PERFORMERS} performers, ${STUDIOS} studios, ${TAGS} tags)`, entitiesSql(u1, PERFORMERS, STUDIOS, TAGS));
  const small = (n: number) => Math.max(5, Math.round(n / 10));
  await step('entities of user 2 (a tenth as many)', entitiesSql(u2, small(PERFORMERS), small(STUDIOS), small(TAGS)));
  await step(`${n1} + ${n2} videos of user 1`, videosSql(main, u1, n1, 0) + videosSql(extra, u1, n2, n1));
  await step(`${n3} videos of user 2`, videosSql(second, u2, n3, n1 + n2));
  await step('links of user 1', linksSql(u1, PERFORMERS, STUDIOS, TAGS));
  await step('links of user 2', linksSql(u2, small(PERFORMERS), small(STUDIOS), small(TAGS)));
  await step('video facts and derived rows', mediaSql(u1) + mediaSql(u2));
  for (const [i, u] of [u1, u2, u3].entries()) await step(`states, plays and markers of user ${i + 1}`, statesSql(u));
  await client.query('COMMIT');
  await step('VACUUM ANALYZE', 'VACUUM ANALYZE');
  const counts = await client.query(`SELECT
      (SELECT count(*) FROM assets WHERE type = 'video')::int AS videos, (SELECT count(*) FROM people)::int AS performers,
      (SELECT count(*) FROM studios)::int AS studios, (SELECT count(*) FROM tags)::int AS tags,
      (SELECT count(*) FROM asset_people)::int AS performer_links, (SELECT count(*) FROM asset_tags)::int AS tag_links,
      (SELECT max(n) FROM (SELECT count(*) AS n FROM asset_people GROUP BY person_id) x)::int AS top_performer_videos,
      (SELECT count(*) FROM asset_user_states)::int AS states, (SELECT count(*) FROM video_plays)::int AS plays, (SELECT count(*) FROM markers)::int AS markers`);
  console.log(`[bench] made ${JSON.stringify(counts.rows[0])} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await client.end();
}

await main();
