// DELETE /api/libraries/:id/members/:userId – stop sharing the library with that person (owner or admin).
import { libraryMemberParamsSchema } from '@/lib/libraries/libraries.schemas';
import { unshareLibrary } from '@/lib/libraries/unshare-library';
import { notFound } from '@/lib/server/errors';
import { withAuth } from '@/lib/auth/with-auth';

export const DELETE = withAuth<{ id: string; userId: string }>(async ({ params, user }) => {
  const parsed = libraryMemberParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such library.');
  await unshareLibrary(user, parsed.data.id, parsed.data.userId);
  return new Response(null, { status: 204 });
});
