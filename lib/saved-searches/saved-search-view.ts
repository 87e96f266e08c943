// The answer's shape of one saved search (dates as ISO text).
import type { SavedSearchRow } from './saved-searches.queries';
import type { SavedSearchView } from './saved-searches.schemas';

export function toSavedSearchView(row: SavedSearchRow): SavedSearchView {
  return { id: row.id, name: row.name, query: row.query, createdAt: row.createdAt.toISOString() };
}
