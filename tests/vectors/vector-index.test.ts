// The vector index as searches see it: findNearestAssets answers from PostgreSQL exactly until
// a rebuild writes an index file, then from the file plus the delta (rows added since, visible
// within seconds), always re-checked by the caller's SQL — another user's asset never comes
// back even when nearest, a deleted one never, a re-embedded one with its new vector. A new
// process opens the saved generation; a rebuild swaps in and removes the old file; a very
// selective filter is answered exactly.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { readableAssetSql } from '@/lib/access/access.queries';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { prisma } from '@/lib/server/db';
import { enqueue } from '@/lib/jobs/enqueue';
import { findNearestAssets } from '@/lib/vectors/find-nearest-assets';
import { searchableVectors } from '@/lib/vectors/searchable-vectors';
import { dot, normalise, vectorToBytes } from '@/lib/vectors/vector-math';
import { modelIndexDir } from '@/lib/vectors/vector-index-files';
import { VECTOR_INDEX } from '@/lib/vectors/vector-index-settings';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser } from '../support/factories';
import { runQueuedJobs } from '../support/run-jobs';

// Each test its own model: its own index files and generations.
let MODEL = 'test/clip-64';
const DIMS = 64;

// Deterministic vectors around a few centres, like photos of the same few subjects.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * 2 - 1;
const centres = Array.from({ length: 8 }, () => Float32Array.from({ length: DIMS }, random));
const near = (centre: number, noise = 0.6) => normalise(Float32Array.from(centres[centre], (x) => x + noise * random()));

async function embed(assetId: string, vector: Float32Array): Promise<void> {
  await prisma().$executeRaw`
    INSERT INTO embeddings (asset_id, model, vector) VALUES (${assetId}::uuid, ${MODEL}, ${vectorToBytes(vector)})
    ON CONFLICT (asset_id, model) DO UPDATE SET vector = EXCLUDED.vector`;
}

async function userWithPhotos(count: number) {
  const user = await createUser();
  const owner = await libraryOwner(user.id);
  const photos: { id: string; vector: Float32Array }[] = [];
  for (let i = 0; i < count; i++) {
    const id = await createAsset(owner, { local: '2024-05-01 12:00:00' });
    const vector = near(i % centres.length);
    await embed(id, vector);
    photos.push({ id, vector });
  }
  return { user, owner, photos };
}

const bruteForce = (photos: { id: string; vector: Float32Array }[], query: Float32Array, limit: number) =>
  photos.map((p) => ({ assetId: p.id, similarity: dot(query, p.vector) })).sort((x, y) => y.similarity - x.similarity).slice(0, limit);

const jobsQueued = async () =>
  (await prisma().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'vectors:rebuild'`)[0].n;

describe('vector index', () => {
  it('answers exactly before the first file, then from the file and the delta, always through the caller’s SQL', async () => {
    const alice = await userWithPhotos(240);
    const bob = await userWithPhotos(60);
    const where = readableAssetSql(alice.user.id);
    // Bob's own photo is the nearest there is to this query: Alice must never get it.
    const query = bob.photos[0].vector;
    const expected = bruteForce(alice.photos, query, 10);

    // No file yet: the exact path answers, and the search asks for a first build.
    const before = await findNearestAssets({ model: MODEL, vector: query, limit: 10, where });
    expect(before.map((m) => m.assetId)).toEqual(expected.map((m) => m.assetId));
    expect(await jobsQueued()).toBe(1);

    await runQueuedJobs({ ml: true });
    const dir = modelIndexDir(MODEL);
    expect(readdirSync(dir).sort()).toEqual(['1.usearch', 'manifest.json']);

    // This process notices generation 1 within seconds and searches it (no delta: everything is in the file).
    await expect.poll(async () => (await searchableVectors(MODEL))?.manifest.generation, { timeout: 5_000, interval: 250 }).toBe(1);
    const opened = await searchableVectors(MODEL);
    expect(opened?.manifest).toMatchObject({ generation: 1, count: 300, dims: DIMS });
    expect(opened?.delta.size).toBe(0);
    const fromIndex = await findNearestAssets({ model: MODEL, vector: query, limit: 10, where });
    expect(fromIndex.map((m) => m.assetId)).toEqual(expected.map((m) => m.assetId));
    fromIndex.forEach((m, i) => expect(m.similarity).toBeCloseTo(expected[i].similarity, 5));
    expect(fromIndex.map((m) => m.assetId)).not.toContain(bob.photos[0].id);

    // A photo added now (its vector is the query itself) is first within seconds, from the delta.
    const added = await createAsset(alice.owner, { local: '2024-05-02 12:00:00' });
    await embed(added, query);
    await expect
      .poll(async () => (await findNearestAssets({ model: MODEL, vector: query, limit: 3, where }))[0], { timeout: 5_000, interval: 250 })
      .toMatchObject({ assetId: added, similarity: expect.closeTo(1, 5) });
    expect((await searchableVectors(MODEL))?.delta.size).toBe(1);

    // Deleted: never answered again, though the delta still holds its vector.
    await prisma().asset.delete({ where: { id: added } });
    const afterDelete = await findNearestAssets({ model: MODEL, vector: query, limit: 10, where });
    expect(afterDelete.map((m) => m.assetId)).toEqual(expected.map((m) => m.assetId));

    // Re-embedded in place: a new key (so the delta sees it), and its old vector in the file
    // answers nothing — the row is found with its new vector.
    const moved = alice.photos[100];
    const [{ key: oldKey }] = await prisma().$queryRaw<{ key: bigint }[]>`SELECT key FROM embeddings WHERE asset_id = ${moved.id}::uuid`;
    await embed(moved.id, query);
    const [{ key: newKey }] = await prisma().$queryRaw<{ key: bigint }[]>`SELECT key FROM embeddings WHERE asset_id = ${moved.id}::uuid`;
    expect(newKey).toBeGreaterThan(oldKey);
    await expect
      .poll(async () => (await findNearestAssets({ model: MODEL, vector: query, limit: 1, where }))[0], { timeout: 5_000, interval: 250 })
      .toMatchObject({ assetId: moved.id, similarity: expect.closeTo(1, 5) });
    const farFromOld = await findNearestAssets({ model: MODEL, vector: moved.vector, limit: 300, where });
    expect(farFromOld.find((m) => m.assetId === moved.id)?.similarity).toBeCloseTo(dot(moved.vector, query), 5);

    // The nightly rebuild sees the change, writes generation 2, removes generation 1; this
    // process swaps to it within seconds and its delta empties.
    await enqueue(prisma(), 'vectors:rebuild', {});
    await runQueuedJobs({ ml: true });
    expect(readdirSync(dir).sort()).toEqual(['2.usearch', 'manifest.json']);
    await expect.poll(async () => (await searchableVectors(MODEL))?.manifest.generation, { timeout: 5_000, interval: 250 }).toBe(2);
    expect((await searchableVectors(MODEL))?.delta.size).toBe(0);
    expect((await findNearestAssets({ model: MODEL, vector: query, limit: 1, where }))[0].assetId).toBe(moved.id);

    // Nothing changed since: the next nightly run leaves the file alone.
    await enqueue(prisma(), 'vectors:rebuild', {});
    await runQueuedJobs({ ml: true });
    expect(existsSync(path.join(dir, '2.usearch'))).toBe(true);
  });

  it('a new process opens the saved generation and answers the same', async () => {
    MODEL = 'test/clip-64-process';
    const alice = await userWithPhotos(120);
    await userWithPhotos(40);
    const query = near(3, 0.3);
    await enqueue(prisma(), 'vectors:rebuild', {});
    await runQueuedJobs({ ml: true });
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'search-once.ts'), MODEL, JSON.stringify(Array.from(query)), alice.user.id], {
      env: process.env,
      cwd: process.cwd(),
    });
    const answer = JSON.parse(stdout.trim().split('\n').at(-1)!) as { generation: number; ids: string[] };
    expect(answer.generation).toBe(1);
    // The same saved index gives the same answer here; against brute force it is an
    // approximate search (HNSW, f16), so a near tie may swap a tenth neighbour: 9 of 10 agree.
    const here = await findNearestAssets({ model: MODEL, vector: query, limit: 10, where: Prisma.sql`a.owner_id = ${alice.owner.ownerId}::uuid` });
    expect(answer.ids).toEqual(here.map((m) => m.assetId));
    const exact = new Set(bruteForce(alice.photos, query, 10).map((m) => m.assetId));
    expect(answer.ids.filter((id) => exact.has(id)).length).toBeGreaterThanOrEqual(9);
  });

  it('a very selective filter is answered exactly: the same top results as brute force', async () => {
    MODEL = 'test/clip-64-selective';
    const alice = await userWithPhotos(200);
    await enqueue(prisma(), 'vectors:rebuild', {});
    await runQueuedJobs({ ml: true });
    // Seven photos far from the query's centre: none is among the index's first candidates.
    const chosen = alice.photos.filter((_, i) => i % centres.length === 5).slice(0, 7);
    const query = near(2, 0.1);
    const where = Prisma.sql`a.id = ANY(${chosen.map((p) => p.id)}::uuid[])`;
    const results = await findNearestAssets({ model: MODEL, vector: query, limit: 5, where });
    expect(results.map((m) => m.assetId)).toEqual(bruteForce(chosen, query, 5).map((m) => m.assetId));
    expect((await searchableVectors(MODEL))?.manifest.generation).toBe(1);
    // And a minimum similarity nothing reaches gives nothing.
    expect(await findNearestAssets({ model: MODEL, vector: query, limit: 5, where, minSimilarity: 0.999 })).toEqual([]);
  });

  it('a photo whose analysis took a lower key but committed later is still found', async () => {
    MODEL = 'test/clip-64-late';
    const alice = await userWithPhotos(30);
    await enqueue(prisma(), 'vectors:rebuild', {});
    await runQueuedJobs({ ml: true });
    const where = readableAssetSql(alice.user.id);
    const first = async (vector: Float32Array) => (await findNearestAssets({ model: MODEL, vector, limit: 1, where }))[0]?.assetId;
    const [slow, fast] = [await createAsset(alice.owner, { local: '2024-06-01 10:00:00' }), await createAsset(alice.owner, { local: '2024-06-01 10:01:00' })];
    const [slowVector, fastVector] = [near(1, 0.05), near(2, 0.05)];

    // The slow one takes its key first and commits last.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('INSERT INTO embeddings (asset_id, model, vector) VALUES ($1, $2, $3)', [slow, MODEL, Buffer.from(vectorToBytes(slowVector))]);
      await embed(fast, fastVector);
      await expect.poll(() => first(fastVector), { timeout: 5_000, interval: 250 }).toBe(fast);
      // Several delta reads pass above the slow row's key while it is uncommitted.
      for (const until = Date.now() + 3 * VECTOR_INDEX.deltaPollMs; Date.now() < until; ) {
        expect(await first(slowVector)).not.toBe(slow);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    await expect.poll(() => first(slowVector), { timeout: 5_000, interval: 250 }).toBe(slow);
  });
});
