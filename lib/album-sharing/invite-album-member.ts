// The album's owner shares it with another active account of the household as a viewer (sees
// it, likes, comments) or a contributor (also adds items). Nobody is mailed: the album simply
// appears for them (mail is out of scope here).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { AppError } from '@/lib/server/errors';
import { findInviteTarget, insertAlbumMember } from './album-members.queries';
import type { AlbumSharing, InviteMemberInput } from './album-sharing.schemas';
import { getAlbumSharing } from './get-album-sharing';

export async function inviteAlbumMember(actor: Actor, albumId: string, input: InviteMemberInput): Promise<AlbumSharing> {
  await requireAccess(actor, 'album.update', [albumId]);
  const { ownerId, user } = await findInviteTarget(albumId, input.userId);
  const invalid = (message: string) => new AppError('validation_failed', message, { fieldErrors: { userId: [message] } });
  if (!user || user.disabledAt) throw invalid('There is no active account with that id.');
  if (user.id === ownerId) throw invalid('The owner already has this album.');
  await insertAlbumMember(albumId, user.id, input.role);
  return getAlbumSharing(actor, albumId);
}
