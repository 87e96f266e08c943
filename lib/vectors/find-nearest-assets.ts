// "Which assets' embeddings are nearest this vector, among those a condition allows?" — the one
// entry point of semantic search and "more like this". The condition is SQL on assets `a`
// (access from lib/access plus the search's filters), so a result is never an asset the asker
// may not see, whatever the index holds.
//
// Two paths (docs/search.md):
// - the approximate one: the process's HNSW index file plus its delta (searchable-vectors.ts)
//   are asked for k' = max(64, 4×limit) candidates; one SQL keeps those whose row still exists
//   and passes `where`, and scores them exactly from the stored vector; k' doubles until `limit`
//   are found;
// - the exact one: every allowed embedding read and scored. It answers while no index file
//   exists, and when the filter is very selective (estimated from the share of candidates that
//   passed it), where it is also the cheap one: few rows pass.
import type { Prisma } from '@/lib/server/db';
import { log } from '@/lib/server/log';
import { type KeyedMatch } from './vector-delta';
import { bytesToVector, dot } from './vector-math';
import { type SearchableVectors, searchableVectors } from './searchable-vectors';
import { selectCandidatesWhere, selectEmbeddingsWhere } from './vectors.queries';

export interface NearestQuery {
  /** The embedding model (embeddings.model) the query vector comes from. */
  model: string;
  /** L2-normalised. */
  vector: Float32Array;
  limit: number;
  /** SQL on assets `a`: which assets may be answered (access, filters, not the query's own asset). */
  where: Prisma.Sql;
  /** Leave out matches below this cosine similarity. */
  minSimilarity?: number;
}

export interface NearestAsset {
  assetId: string;
  /** Cosine similarity, -1..1. */
  similarity: number;
}

/** The first over-fetch, and the most candidates the approximate path asks for before going exact. */
const FIRST_FETCH = 64;
const MAX_FETCH = 4_096;
/** Below this many estimated passing rows, scoring them all is cheaper than fetching more candidates. */
const EXACT_BELOW = 20_000;
/** Index similarities are f16 approximations: stop only when clearly below the minimum. */
const APPROX_MARGIN = 0.01;

export async function findNearestAssets(query: NearestQuery): Promise<NearestAsset[]> {
  if (query.limit <= 0) return [];
  const searchable = await searchableVectors(query.model).catch((error: unknown) => {
    log.warn({ model: query.model, err: error }, 'vector index unavailable, searching exactly');
    return null;
  });
  if (!searchable || searchable.manifest.dims !== query.vector.length) return exactNearest(query);
  return approximateNearest(query, searchable);
}

async function approximateNearest(query: NearestQuery, { index, delta }: SearchableVectors): Promise<NearestAsset[]> {
  const { model, limit, where, minSimilarity = -1 } = query;
  // A copy: usearch reads a typed array from its buffer's start, whatever its byteOffset.
  const vector = Float32Array.from(query.vector);
  const total = index.size() + delta.size;
  for (let fetch = Math.max(FIRST_FETCH, limit * 4); ; fetch *= 2) {
    const candidates = mergeCandidates(indexSearch(index, vector, fetch), delta.search(vector, fetch), fetch);
    const rows = candidates.length === 0 ? [] : await selectCandidatesWhere(model, candidates.map((c) => c.key), where);
    const found = rows
      .map((row) => ({ assetId: row.asset_id, similarity: dot(vector, bytesToVector(row.vector)) }))
      .filter((match) => match.similarity >= minSimilarity)
      .sort((x, y) => y.similarity - x.similarity);
    const seenEverything = candidates.length < fetch;
    const restBelowMinimum = candidates.length > 0 && candidates[candidates.length - 1].similarity < minSimilarity - APPROX_MARGIN;
    if (found.length >= limit || seenEverything || restBelowMinimum) return found.slice(0, limit);
    const passing = (rows.length / Math.max(1, candidates.length)) * total;
    if (passing < EXACT_BELOW || fetch * 2 > MAX_FETCH) return exactNearest(query);
  }
}

function indexSearch(index: SearchableVectors['index'], vector: Float32Array, k: number): KeyedMatch[] {
  if (index.size() === 0) return [];
  const { keys, distances } = index.search(vector, Math.min(k, index.size()), 1);
  // usearch's cosine distance is 1 − cosine.
  return Array.from(keys, (key, i) => ({ key, similarity: 1 - distances[i] }));
}

/** The best `k` of both lists (a key is in one or the other: the delta holds keys above the file's). */
function mergeCandidates(fromIndex: KeyedMatch[], fromDelta: KeyedMatch[], k: number): KeyedMatch[] {
  if (fromDelta.length === 0) return fromIndex;
  return [...fromIndex, ...fromDelta].sort((x, y) => y.similarity - x.similarity).slice(0, k);
}

export async function exactNearest({ model, vector, limit, where, minSimilarity = -1 }: NearestQuery): Promise<NearestAsset[]> {
  const rows = await selectEmbeddingsWhere(model, where);
  return rows
    .map((row) => ({ assetId: row.asset_id, similarity: dot(vector, bytesToVector(row.vector)) }))
    .filter((match) => match.similarity >= minSimilarity)
    .sort((x, y) => y.similarity - x.similarity)
    .slice(0, limit);
}
