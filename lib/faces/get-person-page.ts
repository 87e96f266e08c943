// /people/[id]: a person of the user's own (another user's is a 404), the photos their faces are
// in (newest first, only those the user can read) and their faces.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { selectPerson, selectPersonAssets, selectPersonFaces } from './faces.queries';
import type { PersonPage } from './faces.schemas';
import { toPersonCard } from './person-card';

const MAX_PHOTOS = 2_000;
const MAX_FACES = 500;

export async function getPersonPage(actor: Actor, personId: string): Promise<PersonPage> {
  await requireAccess(actor, 'person.update', [personId]);
  const [row, photos, faces] = await Promise.all([selectPerson(personId), selectPersonAssets(personId, actor.id, MAX_PHOTOS), selectPersonFaces(personId, actor.id, MAX_FACES)]);
  if (!row) throw notFound('No such person.');
  return {
    person: toPersonCard(row),
    photos: photos.map((p) => ({ id: p.id, type: p.type, width: p.width ?? 1, height: p.height ?? 1, thumbhash: p.thumbhash || null, fileName: p.file_name, durationMs: p.duration_ms })),
    faces: faces.map((f) => ({ id: f.id, assetId: f.asset_id })),
  };
}
