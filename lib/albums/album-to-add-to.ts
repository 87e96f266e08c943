// The album a timeline opened by "Add photos" picks items for: one the user may add to, else
// none (a stale or foreign id just opens the plain timeline).
import type { Actor } from '@/lib/access/access.schemas';
import { hasAccess } from '@/lib/access/require-access';
import { getAlbum } from './get-album';

export async function albumToAddTo(user: Actor, albumId: string): Promise<{ id: string; title: string } | null> {
  if (!(await hasAccess(user, 'album.contribute', [albumId]))) return null;
  const album = await getAlbum(user, albumId);
  return { id: album.id, title: album.title };
}
