// GET /api/libraries/:id/members – who the library is shared with (owner or admin).
// POST /api/libraries/:id/members – share it read-only with one more person ({ userId }).
import { addLibraryMemberSchema, libraryIdParamsSchema } from '@/lib/libraries/libraries.schemas';
import { listLibraryMembers } from '@/lib/libraries/list-library-members';
import { shareLibrary } from '@/lib/libraries/share-library';
import { notFound } from '@/lib/server/errors';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

function libraryId(params: { id: string }): string {
  const parsed = libraryIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such library.');
  return parsed.data.id;
}

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json({ members: await listLibraryMembers(user, libraryId(params)) }));

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = libraryId(params);
  const { userId } = await parseJsonBody(req, addLibraryMemberSchema);
  return json({ members: await shareLibrary(user, id, userId) });
});
