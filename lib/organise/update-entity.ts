// Edits a performer, studio or tag of the user's: name (unique per owner, any case), aliases,
// description, and its own links, replaced whole when given. A parent that would close a loop
// is refused (422).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { requireOwnLinks } from './check-links';
import { permissionOf } from './entity-view';
import { getEntity } from './get-entity';
import { withNameConflict } from './name-conflict';
import { findEntity, lockOwnerHierarchy, replacePersonTags, replaceTagParents, updateEntityFields } from './organise.queries';
import { type EntityDetails, type EntityKind, type EntityUpdate, KIND_WORDS, normaliseAliases } from './organise.schemas';
import { refuseCycle } from './refuse-cycle';

export async function updateEntity(user: Actor, kind: EntityKind, id: string, input: EntityUpdate): Promise<EntityDetails> {
  await requireAccess(user, permissionOf(kind, 'update'), [id]);
  await requireOwnLinks(user, input, kind);
  await withNameConflict(kind, user.id, input.name, () =>
    prisma().$transaction(async (tx) => {
      await lockOwnerHierarchy(tx, kind, user.id);
      const row = await findEntity(kind, id, tx);
      if (!row) throw notFound(`No such ${KIND_WORDS[kind].one}.`);
      const name = input.name ?? row.name;
      if (kind === 'studio' && input.parentId) await refuseCycle(tx, 'studio', id, [input.parentId]);
      if (kind === 'tag' && input.parentIds) await refuseCycle(tx, 'tag', id, input.parentIds);
      await updateEntityFields(tx, kind, id, {
        name: input.name,
        // A rename keeps the aliases, minus one equal to the new name.
        aliases: input.aliases !== undefined || input.name !== undefined ? normaliseAliases(input.aliases ?? row.aliases, name) : undefined,
        description: input.description,
        parentId: kind === 'studio' ? input.parentId : undefined,
      });
      if (kind === 'tag' && input.parentIds) await replaceTagParents(tx, id, input.parentIds);
      if (kind === 'person' && input.tagIds) await replacePersonTags(tx, id, input.tagIds);
    }),
  );
  return getEntity(user, kind, id);
}
