// DELETE /api/assets/:id/chapters/:chapterId – removes a chapter I added (204); a file's chapter or someone else's: 404.
import { removeChapter } from '@/lib/chapters/remove-chapter';
import { childIdParam, videoIdParam } from '@/lib/interactions/parse-video-params';
import { withAuth } from '@/lib/auth/with-auth';

export const DELETE = withAuth<{ id: string; chapterId: string }>(async ({ params, user }) => {
  await removeChapter(user, videoIdParam(params), childIdParam(params.chapterId, 'chapter'));
  return new Response(null, { status: 204 });
});
