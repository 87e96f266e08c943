// One performer, studio or tag with its counts, hierarchy and (performer) tags, for whoever
// may read it; `mine` tells the page whether to offer editing.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { permissionOf, toEntityCard } from './entity-view';
import { selectEntityCards } from './organise-lists.queries';
import { findEntity, selectHierarchy, selectPersonTags } from './organise.queries';
import { type EntityDetails, type EntityKind, KIND_WORDS } from './organise.schemas';

export async function getEntity(user: Actor, kind: EntityKind, id: string): Promise<EntityDetails> {
  await requireAccess(user, permissionOf(kind, 'read'), [id]);
  const [row, cards, hierarchy, tags] = await Promise.all([
    findEntity(kind, id),
    selectEntityCards(kind, user.id, { sort: 'name', page: 1, pageSize: 24 }, id),
    selectHierarchy(kind, id),
    kind === 'person' ? selectPersonTags(id) : Promise.resolve([]),
  ]);
  if (!row || !cards[0]) throw notFound(`No such ${KIND_WORDS[kind].one}.`);
  return {
    ...toEntityCard(kind, cards[0]),
    kind,
    description: row.description,
    mine: row.owner_id === user.id,
    parent: kind === 'studio' ? (hierarchy.parents[0] ?? null) : null,
    parents: kind === 'tag' ? hierarchy.parents : [],
    children: hierarchy.children,
    tags,
  };
}
