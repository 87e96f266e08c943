// The owner makes a member a viewer or a contributor; the change holds from their next request.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import type { AlbumRole } from '@/lib/server/generated/prisma/enums';
import { notFound } from '@/lib/server/errors';
import { updateAlbumMemberRole } from './album-members.queries';
import type { AlbumSharing } from './album-sharing.schemas';
import { getAlbumSharing } from './get-album-sharing';

export async function changeAlbumMemberRole(actor: Actor, albumId: string, userId: string, role: AlbumRole): Promise<AlbumSharing> {
  await requireAccess(actor, 'album.update', [albumId]);
  if (!(await updateAlbumMemberRole(albumId, userId, role))) throw notFound('That person is not a member of this album.');
  return getAlbumSharing(actor, albumId);
}
