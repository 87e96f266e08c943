// Ends a link for good: from now on its token answers like one that never existed. The row
// stays (the owner still sees it, marked revoked) until they delete it.
import { requireAccess } from '@/lib/access/require-access';
import type { Actor } from '@/lib/access/access.schemas';
import { toLinkView } from './link-view';
import type { SharedLinkView } from './shared-links.schemas';
import { revokeLink, selectLink } from './shared-links.queries';

export async function revokeSharedLink(actor: Actor, id: string): Promise<SharedLinkView> {
  await requireAccess(actor, 'sharedLink.update', [id]);
  await revokeLink(id);
  return toLinkView((await selectLink(id))!);
}
