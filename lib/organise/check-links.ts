// The ids an edit links to must be the editor's own (a studio's parent, a tag's parents, a
// performer's tags): through lib/access, all or nothing, 404 for any other.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import type { EntityCreate, EntityUpdate } from './organise.schemas';

export async function requireOwnLinks(user: Actor, input: Pick<EntityCreate | EntityUpdate, 'parentId' | 'parentIds' | 'tagIds'>, kind: string): Promise<void> {
  if (kind === 'studio' && input.parentId) await requireAccess(user, 'studio.update', [input.parentId]);
  if (kind === 'tag' && input.parentIds?.length) await requireAccess(user, 'tag.update', input.parentIds);
  if (kind === 'person' && input.tagIds?.length) await requireAccess(user, 'tag.update', input.tagIds);
}
