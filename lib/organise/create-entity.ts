// A new performer, studio or tag of the user's, with its first links (a studio's parent, a
// tag's parents, a performer's tags — each must be the user's own).
import type { Actor } from '@/lib/access/access.schemas';
import { prisma } from '@/lib/server/db';
import { requireOwnLinks } from './check-links';
import { getEntity } from './get-entity';
import { withNameConflict } from './name-conflict';
import { insertEntity, replacePersonTags, replaceTagParents } from './organise.queries';
import { type EntityCreate, type EntityDetails, type EntityKind, normaliseAliases } from './organise.schemas';

export async function createEntity(user: Actor, kind: EntityKind, input: EntityCreate): Promise<EntityDetails> {
  await requireOwnLinks(user, input, kind);
  const id = await withNameConflict(kind, user.id, input.name, () =>
    prisma().$transaction(async (tx) => {
      const id = await insertEntity(tx, kind, user.id, {
        name: input.name,
        aliases: normaliseAliases(input.aliases, input.name),
        description: input.description ?? null,
        parentId: kind === 'studio' ? (input.parentId ?? null) : null,
      });
      if (kind === 'tag' && input.parentIds?.length) await replaceTagParents(tx, id, input.parentIds);
      if (kind === 'person' && input.tagIds?.length) await replacePersonTags(tx, id, input.tagIds);
      return id;
    }),
  );
  return getEntity(user, kind, id);
}
