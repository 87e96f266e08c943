// Shares a library read-only with another user of the household. The owner (or an admin)
// decides; the member then sees its photos and videos, never its settings or trash.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { AppError } from '@/lib/server/errors';
import { findShareTarget, insertMember } from './library-members.queries';
import type { Person } from './libraries.schemas';
import { listLibraryMembers } from './list-library-members';

export async function shareLibrary(actor: Actor, libraryId: string, userId: string): Promise<Person[]> {
  await requireAccess(actor, 'library.update', [libraryId]);
  const { ownerId, user } = await findShareTarget(libraryId, userId);
  const invalid = (message: string) => new AppError('validation_failed', message, { fieldErrors: { userId: [message] } });
  if (!user || user.disabledAt) throw invalid('There is no active account with that id.');
  if (user.id === ownerId) throw invalid('The owner already sees this library.');
  await insertMember(libraryId, userId);
  return listLibraryMembers(actor, libraryId);
}
