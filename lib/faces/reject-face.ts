// "Not this person": the face leaves its person and clustering never puts it back there
// (face_rejections); it may still join someone else.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { deleteEmptyUnnamedPeople, rejectFace } from './faces.queries';
import type { RejectedFace } from './faces.schemas';

export async function rejectFaceFromPerson(actor: Actor, faceId: string): Promise<RejectedFace> {
  await requireAccess(actor, 'face.update', [faceId]);
  const personId = await rejectFace(faceId);
  await deleteEmptyUnnamedPeople(actor.id);
  return { personId };
}
