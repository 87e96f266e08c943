// Saves a search of the catalogue under a name. At most MAX_SAVED_SEARCHES per user, names
// distinct per user (a taken name is a conflict, not an overwrite: the menu asks first). The
// count and the name are checked under one lock per user, so a burst of parallel saves stops
// exactly at the cap and two saves of one name give one row and one 409.
import type { Actor } from '@/lib/access/access.schemas';
import { prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { toSavedSearchView } from './saved-search-view';
import { countUserSavedSearches, insertSavedSearch, lockUserSavedSearches, userHasSavedSearchNamed } from './saved-searches.queries';
import { MAX_SAVED_SEARCHES, type SavedSearchInput, type SavedSearchView } from './saved-searches.schemas';

export async function saveSearch(user: Actor, input: SavedSearchInput): Promise<SavedSearchView> {
  const row = await prisma().$transaction(async (tx) => {
    await lockUserSavedSearches(tx, user.id);
    if (await userHasSavedSearchNamed(tx, user.id, input.name)) {
      throw new AppError('conflict', `You already have a saved search called “${input.name}”.`, { fieldErrors: { name: ['That name is taken.'] } });
    }
    if ((await countUserSavedSearches(tx, user.id)) >= MAX_SAVED_SEARCHES) {
      throw new AppError('limit_reached', `You can keep up to ${MAX_SAVED_SEARCHES} saved searches. Delete some to save more.`, {
        kind: 'savedSearch',
        limit: MAX_SAVED_SEARCHES,
      });
    }
    return insertSavedSearch(tx, user.id, input);
  });
  return toSavedSearchView(row);
}
