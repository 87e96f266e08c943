// POST /api/albums/:id/activity/comments – comment on the album or one of its items ({ body, assetId? }; anyone who has the album).
import { addAlbumComment } from '@/lib/album-sharing/add-album-comment';
import { commentInputSchema } from '@/lib/album-sharing/album-sharing.schemas';
import { albumIdParam } from '@/lib/album-sharing/parse-album-params';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = albumIdParam(params);
  return json(await addAlbumComment(user, id, await parseJsonBody(req, commentInputSchema)), 201);
});
