// The first question of every activity operation: may the asker read this album (owner or
// member), and is the item asked about one of its items (not in its owner's trash)? Either "no"
// is the same 404 as a missing album or item. Answers whether the asker owns the album.
import type { Actor } from '@/lib/access/access.schemas';
import { hasAccess, requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { isAlbumItem } from './album-activity.queries';
import type { Viewer } from './activity-entry-view';

export async function requireAlbumReader(actor: Actor, albumId: string, assetId?: string | null): Promise<Viewer> {
  await requireAccess(actor, 'album.read', [albumId]);
  if (assetId && !(await isAlbumItem(albumId, assetId))) throw notFound('No such item in this album.');
  return { userId: actor.id, ownsAlbum: await hasAccess(actor, 'album.update', [albumId]) };
}
