// Changes one of the user's people: name (through the catalogue's rename, so a name another of
// their people or performers has answers 409 naming it — the page then offers to merge), hidden,
// cover face (one of the person's own faces).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { updateEntity } from '@/lib/organise/update-entity';
import { AppError } from '@/lib/server/errors';
import { selectPerson, setCoverFace, setPersonHidden } from './faces.queries';
import type { PersonCard, PersonPatch } from './faces.schemas';
import { toPersonCard } from './person-card';

export async function updatePerson(actor: Actor, personId: string, patch: PersonPatch): Promise<PersonCard> {
  await requireAccess(actor, 'person.update', [personId]);
  if (patch.coverFaceId && !(await setCoverFace(personId, patch.coverFaceId))) {
    throw new AppError('validation_failed', 'That face is not one of this person’s.', { formErrors: [], fieldErrors: { coverFaceId: ['Pick one of their faces.'] } });
  }
  if (patch.hidden !== undefined) await setPersonHidden(personId, patch.hidden);
  if (patch.name !== undefined) await updateEntity(actor, 'person', personId, { name: patch.name });
  return toPersonCard((await selectPerson(personId))!);
}
