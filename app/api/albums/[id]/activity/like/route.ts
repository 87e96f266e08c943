// PUT /api/albums/:id/activity/like – like or unlike the album or one of its items ({ liked, assetId? }); answers the new count.
import { likeInputSchema } from '@/lib/album-sharing/album-sharing.schemas';
import { albumIdParam } from '@/lib/album-sharing/parse-album-params';
import { setAlbumLikeState } from '@/lib/album-sharing/set-album-like-state';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const PUT = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = albumIdParam(params);
  return json(await setAlbumLikeState(user, id, await parseJsonBody(req, likeInputSchema)));
});
