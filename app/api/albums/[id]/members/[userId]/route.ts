// PATCH /api/albums/:id/members/:userId – make a member a viewer or a contributor ({ role }; the owner).
// DELETE /api/albums/:id/members/:userId – take the album away from a member (the owner), or leave it (my own id).
import { albumMemberParamsSchema, changeRoleSchema } from '@/lib/album-sharing/album-sharing.schemas';
import { changeAlbumMemberRole } from '@/lib/album-sharing/change-album-member-role';
import { removeAlbumMember } from '@/lib/album-sharing/remove-album-member';
import { notFound } from '@/lib/server/errors';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

type Params = { id: string; userId: string };

function memberParams(params: Params) {
  const parsed = albumMemberParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such album member.');
  return parsed.data;
}

export const PATCH = withAuth<Params>(async ({ req, params, user }) => {
  const { id, userId } = memberParams(params);
  const { role } = await parseJsonBody(req, changeRoleSchema);
  return json(await changeAlbumMemberRole(user, id, userId, role));
});

export const DELETE = withAuth<Params>(async ({ params, user }) => {
  const { id, userId } = memberParams(params);
  await removeAlbumMember(user, id, userId);
  return new Response(null, { status: 204 });
});
