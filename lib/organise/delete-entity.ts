// Deletes a performer, studio or tag of the user's: its links go, the videos stay (and a
// studio's children keep going without a parent). Its image goes from storage too.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { removeObject } from '@/lib/storage/storage';
import { permissionOf } from './entity-view';
import { deleteEntities, findEntity } from './organise.queries';
import type { EntityKind } from './organise.schemas';

export async function deleteEntity(user: Actor, kind: EntityKind, id: string): Promise<void> {
  await requireAccess(user, permissionOf(kind, 'update'), [id]);
  const row = await findEntity(kind, id);
  await prisma().$transaction((tx) => deleteEntities(tx, kind, [id]));
  if (row?.image_key) await removeObject(row.image_key).catch(() => undefined);
}
