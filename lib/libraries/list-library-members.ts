// Who a library is shared with: its owner's and the admins' business.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { listMembersOf } from './library-members.queries';
import type { Person } from './libraries.schemas';

export async function listLibraryMembers(actor: Actor, libraryId: string): Promise<Person[]> {
  await requireAccess(actor, 'library.update', [libraryId]);
  return (await listMembersOf(libraryId)).map((m) => m.user);
}
