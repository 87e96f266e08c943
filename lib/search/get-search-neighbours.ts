// The viewer's previous/next when it was opened from a search: the results just before and
// after the asset, so the arrows never leave the results. Ranked searches walk the ranked list
// (capped, as the page is); filter-only searches walk the filtered timeline by its order keys.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { embedSearchText } from '@/lib/ml/clip/embed-search-text';
import { selectFilteredNeighbour } from './asset-search.queries';
import type { TextEmbedder } from './rank-search-results';
import { rankedFor } from './search-assets';
import { searchScope } from './search-scope';
import type { SearchNeighbours, SearchQuery } from './search.schemas';

export async function getSearchNeighbours(actor: Actor, query: SearchQuery & { id: string }, embed: TextEmbedder = embedSearchText): Promise<SearchNeighbours> {
  await requireAccess(actor, 'asset.read', [query.id]);
  const scope = await searchScope(actor, query);
  const ranked = await rankedFor(scope, query, embed);
  if (!ranked) {
    const [previous, next] = await Promise.all([selectFilteredNeighbour(scope.where, query.id, 'newer'), selectFilteredNeighbour(scope.where, query.id, 'older')]);
    return { previous, next };
  }
  const ids = ranked.ranked.map((r) => r.id);
  const at = ids.indexOf(query.id.toLowerCase());
  if (at < 0) return { previous: null, next: null };
  return { previous: ids[at - 1] ?? null, next: ids[at + 1] ?? null };
}
