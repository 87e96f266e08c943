// POST /api/albums/:id/move – { assetId, before | after }: put an item just before or after
// another (the owner); an album ordered by date switches to the manual order it showed.
import { albumIdParam } from '@/lib/albums/album-view';
import { albumMoveSchema } from '@/lib/albums/albums.schemas';
import { moveAlbumItem } from '@/lib/albums/move-album-item';
import { withAuth } from '@/lib/auth/with-auth';
import { json, parseJsonBody } from '@/lib/server/http';

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = albumIdParam(params);
  return json(await moveAlbumItem(user, id, await parseJsonBody(req, albumMoveSchema)));
});
