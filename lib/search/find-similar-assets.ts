// "More like this" in the viewer: the assets whose CLIP embedding is nearest this one's, among
// those the asker's timeline shows (never itself, never another user's). An asset the asker
// cannot read is a 404; one without an embedding yet has no answer (semantic: false).
import type { Actor } from '@/lib/access/access.schemas';
import { hydrateHits } from './hydrate-hits';
import { rankLike } from './rank-search-results';
import { searchScope } from './search-scope';
import { type SearchResults, searchQuerySchema } from './search.schemas';

export const SIMILAR_STRIP = 12;

export async function findSimilarAssets(actor: Actor, assetId: string): Promise<SearchResults> {
  const query = searchQuerySchema.parse({ like: assetId, limit: String(SIMILAR_STRIP) });
  const scope = await searchScope(actor, query);
  const ranked = await rankLike(scope, assetId, SIMILAR_STRIP);
  return { items: await hydrateHits(scope.reader, ranked.ranked), nextOffset: null, semantic: ranked.semantic, reason: ranked.reason, understood: { words: [], date: null } };
}
