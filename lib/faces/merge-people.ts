// Merges some of the user's people into one: faces, "not this person" marks, video links and
// tags move (the catalogue's merge, lib/organise), the others go. An unnamed person merged with
// named ones takes a name: the survivor is then the first named one, so naming is never lost.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { mergeEntities } from '@/lib/organise/merge-entities';
import { selectPerson } from './faces.queries';
import type { PersonCard } from './faces.schemas';
import { toPersonCard } from './person-card';

export async function mergePeople(actor: Actor, targetId: string, sourceIds: string[]): Promise<PersonCard> {
  const all = [...new Set([targetId, ...sourceIds].map((id) => id.toLowerCase()))];
  await requireAccess(actor, 'person.update', all);
  const rows = await Promise.all(all.map((id) => selectPerson(id)));
  const survivor = rows[0]?.name === '' ? (rows.find((r) => r && r.name !== '')?.id ?? all[0]) : all[0];
  const sources = all.filter((id) => id !== survivor);
  if (sources.length > 0) await mergeEntities(actor, 'person', survivor, sources);
  return toPersonCard((await selectPerson(survivor))!);
}
