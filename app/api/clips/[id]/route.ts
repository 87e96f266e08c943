// GET /api/clips/:id – one of my clips (status, progress, file URL once done).
// DELETE /api/clips/:id – remove one of my clips and its file.
import { deleteClip } from '@/lib/clips/delete-clip';
import { getClip } from '@/lib/clips/get-clip';
import { childIdParam } from '@/lib/interactions/parse-video-params';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await getClip(user, childIdParam(params.id, 'clip'))));

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  await deleteClip(user, childIdParam(params.id, 'clip'));
  return new Response(null, { status: 204 });
});
