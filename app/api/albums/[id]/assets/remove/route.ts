// POST /api/albums/:id/assets/remove – { assetIds }: take items out of the album (the owner: any;
// a contributor: the ones they added, else 404 for the lot). The photos themselves stay. A POST,
// not a DELETE with a body: some proxies and clients drop a DELETE's body.
import { albumIdParam } from '@/lib/albums/album-view';
import { albumItemsInputSchema } from '@/lib/albums/albums.schemas';
import { removeAlbumItems } from '@/lib/albums/remove-album-items';
import { withAuth } from '@/lib/auth/with-auth';
import { json, parseJsonBody } from '@/lib/server/http';

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = albumIdParam(params);
  return json(await removeAlbumItems(user, id, (await parseJsonBody(req, albumItemsInputSchema)).assetIds));
});
