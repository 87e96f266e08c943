// DELETE /api/albums/:id/activity/comments/:commentId – delete my comment, or any comment of my album.
import { albumChildParam, albumIdParam } from '@/lib/album-sharing/parse-album-params';
import { removeAlbumComment } from '@/lib/album-sharing/remove-album-comment';
import { withAuth } from '@/lib/auth/with-auth';

export const DELETE = withAuth<{ id: string; commentId: string }>(async ({ params, user }) => {
  await removeAlbumComment(user, albumIdParam(params), albumChildParam(params.commentId, 'comment'));
  return new Response(null, { status: 204 });
});
