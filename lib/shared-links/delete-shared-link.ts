// Removes a link and its selection rows (the photos themselves are untouched).
import { requireAccess } from '@/lib/access/require-access';
import type { Actor } from '@/lib/access/access.schemas';
import { deleteLink } from './shared-links.queries';

export async function deleteSharedLink(actor: Actor, id: string): Promise<void> {
  await requireAccess(actor, 'sharedLink.update', [id]);
  await deleteLink(id);
}
