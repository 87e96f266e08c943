// "Which assets' embeddings are nearest this vector, among those a condition allows?" — the one
// entry point of semantic search and "more like this". The condition is SQL on assets `a`
// (access from lib/access plus the search's filters), so a result is never an asset the asker
// may not see, whatever the index holds.
//
// This is the exact path: every allowed embedding is read and scored. It is also the right
// answer when the filter is very selective (a few thousand candidates); the ANN index
// (docs/search.md) answers the rest and filters its over-fetched candidates with the same SQL.
import type { Prisma } from '@/lib/server/db';
import { bytesToVector, dot } from './vector-math';
import { selectEmbeddingsWhere } from './vectors.queries';

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

export async function findNearestAssets(query: NearestQuery): Promise<NearestAsset[]> {
  return exactNearest(query);
}

export async function exactNearest({ model, vector, limit, where, minSimilarity = -1 }: NearestQuery): Promise<NearestAsset[]> {
  const rows = await selectEmbeddingsWhere(model, where);
  return rows
    .map((row) => ({ assetId: row.asset_id, similarity: dot(vector, bytesToVector(row.vector)) }))
    .filter((match) => match.similarity >= minSimilarity)
    .sort((x, y) => y.similarity - x.similarity)
    .slice(0, limit);
}
