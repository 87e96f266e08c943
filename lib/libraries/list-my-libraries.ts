// The settings page's libraries: the user's own (with whom each is shared) and those shared
// with them, plus the people they could share with. Only the user's own rows: no access
// check is needed beyond being signed in.
import type { Actor } from '@/lib/access/access.schemas';
import { listActivePeople } from '@/lib/users/users.queries';
import { listLibrariesOfUser } from './library-members.queries';
import type { MyLibraries } from './libraries.schemas';

export async function listMyLibraries(actor: Actor): Promise<MyLibraries> {
  const [{ own, shared }, people] = await Promise.all([listLibrariesOfUser(actor.id), listActivePeople(actor.id)]);
  return {
    own: own.map((l) => ({ id: l.id, name: l.name, members: l.members.map((m) => m.user) })),
    shared: shared.map((m) => m.library),
    people,
  };
}
