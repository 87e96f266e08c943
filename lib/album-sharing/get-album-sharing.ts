// Who an album is shared with, and the asker's own place in it: anyone who may read the album
// sees its owner and members by name (like Immich's "shared with"), only the owner changes them.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { findAlbumWithMembers } from './album-members.queries';
import type { AlbumSharing } from './album-sharing.schemas';

export async function getAlbumSharing(actor: Actor, albumId: string): Promise<AlbumSharing> {
  await requireAccess(actor, 'album.read', [albumId]);
  const album = await findAlbumWithMembers(albumId);
  if (!album) throw notFound('No such album.');
  const mine = album.members.find((m) => m.user.id === actor.id);
  return {
    album: { id: album.id, title: album.title, owner: album.owner },
    myRole: album.owner.id === actor.id ? 'owner' : (mine?.role ?? 'viewer'),
    members: album.members.map((m) => ({ id: m.user.id, name: m.user.name, role: m.role, since: m.createdAt.toISOString() })),
  };
}
