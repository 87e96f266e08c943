// Takes a shared library away from a member at once: their next request no longer sees it.
// Their own likes, comments and markers stay (they come back if the library is shared again).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { deleteMember } from './library-members.queries';

export async function unshareLibrary(actor: Actor, libraryId: string, userId: string): Promise<void> {
  await requireAccess(actor, 'library.update', [libraryId]);
  if (!(await deleteMember(libraryId, userId))) throw notFound('That person is not a member of this library.');
}
