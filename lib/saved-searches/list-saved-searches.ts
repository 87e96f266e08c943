// The user's saved searches, by name.
import type { Actor } from '@/lib/access/access.schemas';
import { toSavedSearchView } from './saved-search-view';
import { listUserSavedSearches } from './saved-searches.queries';
import type { SavedSearchView } from './saved-searches.schemas';

export async function listSavedSearches(user: Actor): Promise<SavedSearchView[]> {
  return (await listUserSavedSearches(user.id)).map(toSavedSearchView);
}
