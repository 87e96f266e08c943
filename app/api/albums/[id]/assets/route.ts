// GET /api/albums/:id/assets?offset=&limit= – a page of the album's items in its order (columnar).
// POST /api/albums/:id/assets – { assetIds }: add items (owner, contributor); ones already there are left as they are.
import { addAlbumItems } from '@/lib/albums/add-album-items';
import { albumIdParam } from '@/lib/albums/album-view';
import { albumItemsInputSchema, albumItemsQuerySchema } from '@/lib/albums/albums.schemas';
import { listAlbumItems } from '@/lib/albums/list-album-items';
import { withAuth } from '@/lib/auth/with-auth';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const query = albumItemsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listAlbumItems(user, albumIdParam(params), query));
});

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = albumIdParam(params);
  return json(await addAlbumItems(user, id, (await parseJsonBody(req, albumItemsInputSchema)).assetIds));
});
