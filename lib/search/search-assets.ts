// GET /api/search and the /search page: one box (words and dates) plus filters, over what the
// user's timeline shows. Words: literal matches, then CLIP's (rank-search-results.ts); no words:
// the filtered timeline, newest first, paged in SQL. Without a CLIP model the answer is literal
// only and says so (semantic: false, reason). The embedder is a parameter so a caller (a test)
// can give its own vectors; the app always uses embedSearchText.
import type { Actor } from '@/lib/access/access.schemas';
import { embedSearchText } from '@/lib/ml/clip/embed-search-text';
import { selectFilteredPage } from './asset-search.queries';
import { hydrateHits } from './hydrate-hits';
import { type RankedResults, type TextEmbedder, rankLike, rankWords } from './rank-search-results';
import { type SearchScope, searchScope } from './search-scope';
import type { SearchQuery, SearchResults } from './search.schemas';

/** The ranked list of a query with words or "like"; null when only filters apply. */
export async function rankedFor(scope: SearchScope, query: SearchQuery, embed: TextEmbedder): Promise<RankedResults | null> {
  if (query.like) return rankLike(scope, query.like);
  if (scope.parsed.words.length === 0) return null;
  return rankWords(scope, embed);
}

export async function searchAssets(actor: Actor, query: SearchQuery, embed: TextEmbedder = embedSearchText): Promise<SearchResults> {
  const scope = await searchScope(actor, query);
  const understood = { words: scope.parsed.words, date: scope.parsed.date?.label ?? null };
  const ranked = await rankedFor(scope, query, embed);
  if (!ranked) {
    const ids = await selectFilteredPage(scope.where, query.offset, query.limit + 1);
    const items = await hydrateHits(scope.reader, ids.slice(0, query.limit).map((id) => ({ id, match: 'filter', similarity: null })));
    return { items, nextOffset: ids.length > query.limit ? query.offset + query.limit : null, semantic: false, reason: 'no_words', understood };
  }
  const page = ranked.ranked.slice(query.offset, query.offset + query.limit);
  const end = query.offset + query.limit;
  return { items: await hydrateHits(scope.reader, page), nextOffset: end < ranked.ranked.length ? end : null, semantic: ranked.semantic, reason: ranked.reason, understood };
}
