// The user's own links (revoked and expired ones too, marked), with items, views and last view.
import type { Actor } from '@/lib/access/access.schemas';
import { toLinkView } from './link-view';
import type { SharedLinkView } from './shared-links.schemas';
import { selectOwnerLinks } from './shared-links.queries';

export async function listMySharedLinks(actor: Actor): Promise<SharedLinkView[]> {
  const now = new Date();
  return (await selectOwnerLinks(actor.id)).map((row) => toLinkView(row, now));
}
