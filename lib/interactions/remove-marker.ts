// Removes one of the user's own markers; someone else's, or one on another video, is not found.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { deleteMarker } from './interactions.queries';

export async function removeMarker(user: Actor, assetId: string, markerId: string): Promise<void> {
  await requireAccess(user, 'asset.read', [assetId]);
  await requireAccess(user, 'marker.delete', [markerId]);
  if (!(await deleteMarker(assetId, markerId))) throw notFound('No such marker.');
}
