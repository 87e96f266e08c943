// findNearestAssets end to end (lib/vectors, docs/search.md) on PostgreSQL: 100,000 synthetic
// 512-d embeddings (bench/support/synthetic-vectors.ts) for two users' assets, half each.
// Prints: the exact path (no index file yet), the rebuild job's time, the index path with the
// access SQL (p50/p99, recall@10 against the exact path), a very selective filter, and how long
// a newly inserted embedding takes to be answered (through the delta).
//
//   npm run bench:vectors-db [-- --n 100000 --queries 200]
//   (an embedded PostgreSQL in a temp folder; or BENCH_DATABASE_URL=<an empty database>)
import { Prisma } from '../lib/server/generated/prisma/client';
import { fmt, startBenchDatabase } from './support/bench-database';
import { SyntheticVectors } from './support/synthetic-vectors';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('n', 100_000);
const QUERIES = arg('queries', 200);
const DIMS = 512;
const MODEL = 'bench/clip-512';

const bench = await startBenchDatabase();
const { prisma } = await import('../lib/server/db');
const { readableAssetSql } = await import('../lib/access/access.queries');
const { findNearestAssets, exactNearest } = await import('../lib/vectors/find-nearest-assets');
const { rebuildVectorIndexes } = await import('../lib/vectors/rebuild-vector-indexes');
const { searchableVectors } = await import('../lib/vectors/searchable-vectors');
const { vectorToBytes } = await import('../lib/vectors/vector-math');
const { createUser } = await import('../tests/support/factories');
const { libraryOwner } = await import('../tests/support/asset-factory');

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const line = (label: string, value: string) => console.log(`${label.padEnd(50)} ${value}`);
const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
};

const gen = new SyntheticVectors(DIMS);
const owners = [await libraryOwner((await createUser()).id), await libraryOwner((await createUser()).id)];
const seedStart = performance.now();
const PAGE = 2_000;
for (let start = 0; start < N; start += PAGE) {
  const count = Math.min(PAGE, N - start);
  const owner = owners[(start / PAGE) % 2];
  const ids = (
    await prisma().$queryRaw<{ id: string }[]>`
      INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, status, ingest_status, taken_at_local, taken_at_source, width, height, mime)
      SELECT ${owner.ownerId}::uuid, ${owner.libraryId}::uuid, 'photo', 'p/' || ${start}::int || '-' || g || '.jpg', 1000, now(), 'online', 'ready',
             timestamp '2020-01-01' + g * interval '1 minute', 'exif', 4000, 3000, 'image/jpeg'
      FROM generate_series(1, ${count}::int) g RETURNING id`
  ).map((r) => r.id);
  const vectors = gen.many(count);
  const bytes = ids.map((_, i) => Buffer.from(vectorToBytes(vectors.subarray(i * DIMS, (i + 1) * DIMS))));
  await prisma().$executeRaw`INSERT INTO embeddings (asset_id, model, vector) SELECT t.a, ${MODEL}, t.v FROM unnest(${ids}::uuid[], ${bytes}::bytea[]) AS t(a, v)`;
}
await prisma().$executeRaw`ANALYZE assets`;
await prisma().$executeRaw`ANALYZE embeddings`;
line(`seeded ${N.toLocaleString('en-US')} assets + embeddings`, `${fmt((performance.now() - seedStart) / 1000)} s`);

const alice = owners[0].ownerId;
const where = readableAssetSql(alice);
const queries = Array.from({ length: QUERIES }, () => gen.one());

// 1. No index file yet: the exact path (every allowed row read and scored).
const exactTimes: number[] = [];
const truth: string[][] = [];
for (const q of queries.slice(0, 5)) {
  const [found, ms] = await timed(() => findNearestAssets({ model: MODEL, vector: q, limit: 10, where }));
  exactTimes.push(ms);
  truth.push(found.map((m) => m.assetId));
}
line('exact path (no index), 5 queries', `p50 ${fmt(pct(exactTimes, 50))} ms`);

// 2. The rebuild job's work.
const [outcome, buildMs] = await timed(() => rebuildVectorIndexes({ trigger: 'nightly' }));
line('vectors:rebuild (read from PostgreSQL + build + save)', `${fmt(buildMs / 1000)} s ${JSON.stringify(outcome)}`);
const [, openMs] = await timed(() => searchableVectors(MODEL));
line('first search after: manifest read + view()', `${fmt(openMs)} ms`);

// 3. Index path with the access SQL.
const times: number[] = [];
let hits = 0;
let checked = 0;
for (const [i, q] of queries.entries()) {
  const [found, ms] = await timed(() => findNearestAssets({ model: MODEL, vector: q, limit: 10, where }));
  times.push(ms);
  if (i < 20) {
    const exact = i < truth.length ? truth[i] : (await exactNearest({ model: MODEL, vector: q, limit: 10, where })).map((m) => m.assetId);
    const got = new Set(found.map((m) => m.assetId));
    hits += exact.filter((id) => got.has(id)).length;
    checked += exact.length;
  }
}
line(`index path, limit 10, half the rows readable (${QUERIES} q)`, `p50 ${fmt(pct(times, 50))} ms, p99 ${fmt(pct(times, 99))} ms`);
line('recall@10 against the exact path (20 queries)', (hits / checked).toFixed(4));
line('speed-up over the exact path (p50)', `${fmt(pct(exactTimes, 50) / pct(times, 50), 0)}×`);

// 4. A very selective filter: 300 of Alice's assets.
const few = (await prisma().$queryRaw<{ id: string }[]>`SELECT id FROM assets WHERE owner_id = ${alice}::uuid ORDER BY random() LIMIT 300`).map((r) => r.id);
const selective = Prisma.sql`a.id = ANY(${few}::uuid[])`;
const selTimes: number[] = [];
for (const q of queries.slice(0, 20)) selTimes.push((await timed(() => findNearestAssets({ model: MODEL, vector: q, limit: 10, where: selective })))[1]);
line('very selective filter (300 ids), 20 queries', `p50 ${fmt(pct(selTimes, 50))} ms`);

// 5. One embedding added: how long until a search answers it first (the delta).
const latencies: number[] = [];
for (let i = 0; i < 5; i++) {
  const v = gen.one();
  const [{ id }] = await prisma().$queryRaw<{ id: string }[]>`
    INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, status, ingest_status, taken_at_local, taken_at_source, width, height, mime)
    VALUES (${alice}::uuid, ${owners[0].libraryId}::uuid, 'photo', ${`new/${i}.jpg`}, 1000, now(), 'online', 'ready', now(), 'exif', 4000, 3000, 'image/jpeg') RETURNING id`;
  const t = performance.now();
  await prisma().$executeRaw`INSERT INTO embeddings (asset_id, model, vector) VALUES (${id}::uuid, ${MODEL}, ${vectorToBytes(v)})`;
  while ((await findNearestAssets({ model: MODEL, vector: v, limit: 1, where }))[0]?.assetId !== id) await new Promise((r) => setTimeout(r, 50));
  latencies.push(performance.now() - t);
}
line('added embedding → first answer (5 tries)', `max ${fmt(Math.max(...latencies))} ms, each ${latencies.map((ms) => fmt(ms, 0)).join(', ')} ms`);
line('delta size now', String((await searchableVectors(MODEL))?.delta.size));

await bench.stop();
