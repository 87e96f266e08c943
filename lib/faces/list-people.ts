// /people: the user's own people who have faces, named first (by name), then unnamed ones by
// how many faces they have; hidden people only when asked for ("Show hidden").
import type { Actor } from '@/lib/access/access.schemas';
import { selectPeople } from './faces.queries';
import type { PersonCard } from './faces.schemas';
import { toPersonCard } from './person-card';

export async function listPeople(actor: Actor, options: { hidden: boolean }): Promise<PersonCard[]> {
  return (await selectPeople(actor.id, options.hidden)).map(toPersonCard);
}
