// A catalogue page of performers, studios or tags: those the user may see (their own, and
// those on videos shared with them), searched by name or alias, sorted, with counts over the
// videos the user can read. Scoped to the user in SQL; no ids to check.
import type { Actor } from '@/lib/access/access.schemas';
import { toEntityCard } from './entity-view';
import { countEntities, selectEntityCards } from './organise-lists.queries';
import type { EntityKind, EntityListQuery, EntityPage } from './organise.schemas';

export async function listEntities(user: Actor, kind: EntityKind, query: EntityListQuery): Promise<EntityPage> {
  const rows = await selectEntityCards(kind, user.id, query);
  // A page past the end has no rows to carry the total.
  const total = rows[0]?.total ?? (query.page > 1 ? await countEntities(kind, user.id, query.q) : 0);
  return { items: rows.map((r) => toEntityCard(kind, r)), total, page: query.page, pageSize: query.pageSize };
}
