// The order of a search with words (or "more like this"): assets holding every word literally
// first, newest first; then those CLIP finds close in meaning, most similar first, each asset
// once. Literal first because a file name, a person or a tag the user typed is a sure answer, and
// a similarity score is not comparable with it. Both halves are capped (RANKED_MAX): past a
// thousand answers a search is refined, not scrolled. Without words (filters only) there is no
// ranking: the caller pages the filtered timeline directly.
import { type NearestAsset, findNearestAssets } from '@/lib/vectors/find-nearest-assets';
import { bytesToVector } from '@/lib/vectors/vector-math';
import type { Prisma } from '@/lib/server/db';
import { log } from '@/lib/server/log';
import { Prisma as PrismaSql } from '@/lib/server/generated/prisma/client';
import { selectAssetEmbedding, selectLiteralMatches } from './asset-search.queries';
import { labelKeysFor } from './label-words';
import type { SearchScope } from './search-scope';
import type { SearchHit, SemanticReason } from './search.schemas';

export const RANKED_MAX = 1000;
/** CLIP ViT-B/32 text-to-image cosine similarities of real matches sit around 0.25–0.35 and of
 * unrelated pictures around 0.1–0.18: below 0.2 an answer is more noise than meaning. */
export const SEMANTIC_FLOOR = 0.2;
/** Image-to-image ("more like this") similarities are higher across the board. */
export const SIMILAR_FLOOR = 0.5;

export type TextEmbedder = (text: string) => Promise<{ model: string; vector: Float32Array } | null>;

export interface Ranked {
  id: string;
  match: SearchHit['match'];
  similarity: number | null;
}

export interface RankedResults {
  ranked: Ranked[];
  semantic: boolean;
  reason: SemanticReason;
}

/** Semantic half: assets `where` allows whose embedding of `model` is near `vector`. */
export function semanticMatches(where: Prisma.Sql, embedding: { model: string; vector: Float32Array }, minSimilarity = SEMANTIC_FLOOR, limit = RANKED_MAX): Promise<NearestAsset[]> {
  return findNearestAssets({ model: embedding.model, vector: embedding.vector, where, limit, minSimilarity });
}

/** "More like this": nearest to the asset's own embedding, itself left out. */
export async function rankLike(scope: SearchScope, assetId: string, limit = RANKED_MAX): Promise<RankedResults> {
  const own = await selectAssetEmbedding(assetId);
  if (!own) return { ranked: [], semantic: false, reason: 'no_embedding' };
  const where = PrismaSql.sql`${scope.where} AND a.id <> ${assetId}::uuid`;
  const near = await semanticMatches(where, { model: own.model, vector: bytesToVector(own.vector) }, SIMILAR_FLOOR, limit);
  return { ranked: near.map((n) => ({ id: n.assetId, match: 'semantic', similarity: n.similarity })), semantic: true, reason: null };
}

export async function rankWords(scope: SearchScope, embed: TextEmbedder): Promise<RankedResults> {
  const { words } = scope.parsed;
  const [literal, embedding] = await Promise.all([
    selectLiteralMatches(scope.where, words.map((word) => ({ word, keys: labelKeysFor(word) })), RANKED_MAX),
    // A model that fails to load or run leaves the words to answer alone (logged, not a 500).
    embed(words.join(' ')).catch((error: unknown) => {
      log.warn({ err: error }, 'search: the text embedding failed; answering by words only');
      return null;
    }),
  ]);
  const ranked: Ranked[] = literal.map((id) => ({ id, match: 'literal', similarity: null }));
  if (!embedding) return { ranked, semantic: false, reason: 'model_unavailable' };
  const seen = new Set(literal);
  for (const near of await semanticMatches(scope.where, embedding)) {
    if (!seen.has(near.assetId)) ranked.push({ id: near.assetId, match: 'semantic', similarity: near.similarity });
  }
  return { ranked: ranked.slice(0, RANKED_MAX), semantic: true, reason: null };
}
