// The people an album's owner can share with: every active account but the asker's own, by id
// and name only. No e-mail addresses, for admins neither: a household knows its people by name,
// an address is a sign-in identifier another user has no business collecting, and an admin who
// needs it has Admin → Users.
import type { Actor } from '@/lib/access/access.schemas';
import { listActivePeople } from '@/lib/users/users.queries';
import type { HouseholdPeople } from './album-sharing.schemas';

export async function listHouseholdPeople(actor: Actor): Promise<HouseholdPeople> {
  return { people: await listActivePeople(actor.id) };
}
