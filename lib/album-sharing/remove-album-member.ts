// The owner takes the album away from a member, or a member leaves it. It goes at once: lib/access
// answers from album_members, so their next request for the album or its items is a 404. What
// they wrote stays in the activity (it comes back with them if they are invited again).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { deleteAlbumMember } from './album-members.queries';

export async function removeAlbumMember(actor: Actor, albumId: string, userId: string): Promise<void> {
  // Another person's membership is the owner's to end; one's own, theirs while they have the
  // album (the owner is no member: "leaving" their own album finds nothing to delete).
  await requireAccess(actor, userId === actor.id ? 'album.read' : 'album.update', [albumId]);
  if (!(await deleteAlbumMember(albumId, userId))) throw notFound('That person is not a member of this album.');
}
