// GET /api/albums/:id/members – the album's owner and members, and my place in it (anyone who has the album).
// POST /api/albums/:id/members – share it with one more person as viewer or contributor ({ userId, role }; the owner).
import { albumIdParam } from '@/lib/album-sharing/parse-album-params';
import { inviteMemberSchema } from '@/lib/album-sharing/album-sharing.schemas';
import { getAlbumSharing } from '@/lib/album-sharing/get-album-sharing';
import { inviteAlbumMember } from '@/lib/album-sharing/invite-album-member';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await getAlbumSharing(user, albumIdParam(params))));

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = albumIdParam(params);
  return json(await inviteAlbumMember(user, id, await parseJsonBody(req, inviteMemberSchema)));
});
