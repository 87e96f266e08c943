// Deletes one of the user's saved searches; someone else's is not found, like a missing one.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { deleteUserSavedSearch } from './saved-searches.queries';

export async function deleteSavedSearch(user: Actor, id: string): Promise<void> {
  await requireAccess(user, 'savedSearch.delete', [id]);
  if (!(await deleteUserSavedSearch(user.id, id))) throw notFound('No such saved search.');
}
