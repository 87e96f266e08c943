// SQL of the vector room: embeddings read for an exact search, for building an index file, for
// a process's delta (keys above the index's), and the re-check of an index's candidates.
import { type Prisma, prisma } from '@/lib/server/db';

export interface EmbeddingRow {
  key: bigint;
  vector: Uint8Array;
}

/** Every embedding of `model` whose asset `a` satisfies `where` (access and search filters). */
export function selectEmbeddingsWhere(model: string, where: Prisma.Sql) {
  return prisma().$queryRaw<{ asset_id: string; vector: Uint8Array }[]>`
    SELECT e.asset_id, e.vector FROM embeddings e JOIN assets a ON a.id = e.asset_id
    WHERE e.model = ${model} AND ${where}`;
}

/**
 * Which of the index's candidate keys still exist and pass `where`, with the stored vector (for
 * the exact cosine). A key of a deleted asset or of a re-embedded one (which got a new key) is
 * gone, so the index may hold stale keys without ever answering them.
 */
export function selectCandidatesWhere(model: string, keys: bigint[], where: Prisma.Sql) {
  return prisma().$queryRaw<{ key: bigint; asset_id: string; vector: Uint8Array }[]>`
    SELECT e.key, e.asset_id, e.vector FROM embeddings e JOIN assets a ON a.id = e.asset_id
    WHERE e.key = ANY(${keys}::bigint[]) AND e.model = ${model} AND ${where}`;
}

/** The models that have embeddings (a loose index scan over (model, key): a handful of models). */
export async function selectEmbeddingModels(): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ model: string }[]>`
    WITH RECURSIVE m AS (
      (SELECT model FROM embeddings ORDER BY model LIMIT 1)
      UNION ALL
      SELECT (SELECT e.model FROM embeddings e WHERE e.model > m.model ORDER BY e.model LIMIT 1) FROM m WHERE m.model IS NOT NULL
    )
    SELECT model FROM m WHERE model IS NOT NULL`;
  return rows.map((r) => r.model);
}

/** One page of a model's embeddings in key order, for building an index file. */
export function selectEmbeddingPage(model: string, afterKey: bigint, upToKey: bigint, limit: number) {
  return prisma().$queryRaw<EmbeddingRow[]>`
    SELECT key, vector FROM embeddings
    WHERE model = ${model} AND key > ${afterKey} AND key <= ${upToKey}
    ORDER BY key LIMIT ${limit}`;
}

/** Every key of a model up to `upToKey` (index-only scan): finds rows that committed late. */
export async function selectEmbeddingKeys(model: string, upToKey: bigint): Promise<bigint[]> {
  const rows = await prisma().$queryRaw<{ key: bigint }[]>`
    SELECT key FROM embeddings WHERE model = ${model} AND key <= ${upToKey}`;
  return rows.map((r) => r.key);
}

/** Rows of `keys` (those found late), with their vectors. */
export function selectEmbeddingsByKey(model: string, keys: bigint[]) {
  return prisma().$queryRaw<EmbeddingRow[]>`
    SELECT key, vector FROM embeddings WHERE model = ${model} AND key = ANY(${keys}::bigint[])`;
}

/**
 * A process's delta read: the rows above `floor` it does not hold yet (`known`: the delta's keys
 * above the floor, a few). Served by the (model, key) index.
 */
export function selectDeltaRows(model: string, floor: bigint, known: bigint[]) {
  return prisma().$queryRaw<EmbeddingRow[]>`
    SELECT key, vector FROM embeddings
    WHERE model = ${model} AND key > ${floor} AND key <> ALL(${known}::bigint[])
    ORDER BY key`;
}

/** How many rows of a model lie above and at-or-below `maxKey` (is a rebuild worth it?). */
export async function countEmbeddingsAround(model: string, maxKey: bigint): Promise<{ above: number; upTo: number }> {
  const [row] = await prisma().$queryRaw<{ above: number; up_to: number }[]>`
    SELECT count(*) FILTER (WHERE key > ${maxKey})::int AS above, count(*) FILTER (WHERE key <= ${maxKey})::int AS up_to
    FROM embeddings WHERE model = ${model}`;
  return { above: row.above, upTo: row.up_to };
}

/**
 * The commit horizon's sample (commit-horizon.ts): the highest key handed out so far, and the
 * current snapshot's xmin/xmax (xid8 as text), in one round trip.
 */
export async function selectKeySample(): Promise<{ lastKey: bigint; xmin: bigint; xmax: bigint }> {
  const [row] = await prisma().$queryRaw<{ last_key: bigint; xmin: string; xmax: string }[]>`
    SELECT (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM embeddings_key_seq) AS last_key,
           pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
           pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`;
  return { lastKey: row.last_key, xmin: BigInt(row.xmin), xmax: BigInt(row.xmax) };
}
