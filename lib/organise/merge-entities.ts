// Merges performers, studios or tags of the user's into one survivor, in one transaction:
// every link of the sources moves to it (videos, a performer's tags, tag parents and children
// both ways, a studio's videos and child studios), the sources' names and aliases become its
// aliases (deduplicated whatever their case, never its own name), and the sources go. A moved
// hierarchy link that would make a loop (or point at the survivor itself) is dropped.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { AppError, notFound } from '@/lib/server/errors';
import { removeObject } from '@/lib/storage/storage';
import { permissionOf } from './entity-view';
import { getEntity } from './get-entity';
import {
  deleteEntities,
  findEntitiesByIds,
  findEntity,
  linkParent,
  lockOwnerHierarchy,
  moveLinksToSurvivor,
  selectSelfOrDescendants,
  selectSourceHierarchy,
  studioHasParent,
  swapImageKey,
  updateEntityFields,
} from './organise.queries';
import { type EntityDetails, type EntityKind, KIND_WORDS, normaliseAliases } from './organise.schemas';

export async function mergeEntities(user: Actor, kind: EntityKind, survivorId: string, sourceIds: string[]): Promise<EntityDetails> {
  const sources = [...new Set(sourceIds.map((s) => s.toLowerCase()))];
  if (sources.includes(survivorId)) {
    throw new AppError('validation_failed', `A ${KIND_WORDS[kind].one} cannot be merged into itself.`, { formErrors: [], fieldErrors: { sourceIds: ['Leave out the one you merge into.'] } });
  }
  await requireAccess(user, permissionOf(kind, 'update'), [survivorId, ...sources]);
  const imagesToRemove = await prisma().$transaction(async (tx) => {
    await lockOwnerHierarchy(tx, kind, user.id);
    const survivor = await findEntity(kind, survivorId, tx);
    const merged = await findEntitiesByIds(kind, sources, tx);
    if (!survivor || merged.length !== sources.length) throw notFound(`Some of these ${KIND_WORDS[kind].many} do not exist.`);

    await moveLinksToSurvivor(tx, kind, survivorId, sources);
    const hierarchy = kind === 'person' ? null : await selectSourceHierarchy(tx, kind, [survivorId, ...sources], sources);
    const aliases = normaliseAliases([...survivor.aliases, ...merged.flatMap((m) => [m.name, ...m.aliases])], survivor.name);
    // The survivor keeps its image; without one it takes the first source's that has one.
    const inherited = survivor.image_key ? null : (merged.find((m) => m.image_key)?.image_key ?? null);
    await deleteEntities(tx, kind, sources);
    await updateEntityFields(tx, kind, survivorId, { aliases });

    if (hierarchy && kind !== 'person') {
      for (const child of hierarchy.children) {
        // child → survivor loops when the child is already above the survivor.
        if ((await selectSelfOrDescendants(tx, kind, child, [survivorId])).length === 0) await linkParent(tx, kind, child, survivorId);
      }
      for (const parent of hierarchy.parents) {
        if (kind === 'studio' && (await studioHasParent(tx, survivorId))) break;
        if ((await selectSelfOrDescendants(tx, kind, survivorId, [parent])).length === 0) await linkParent(tx, kind, survivorId, parent);
      }
    }
    return { inherited, others: merged.map((m) => m.image_key).filter((k): k is string => k !== null && k !== inherited) };
  });
  if (imagesToRemove.inherited) await swapImageKey(kind, survivorId, imagesToRemove.inherited);
  for (const key of imagesToRemove.others) await removeObject(key).catch(() => undefined);
  return getEntity(user, kind, survivorId);
}
