// GET /api/albums/:id/neighbours?assetId= – the items before and after one, in the album's order
// (the viewer's arrows when it was opened from the album).
import { albumIdParam } from '@/lib/albums/album-view';
import { albumNeighboursQuerySchema } from '@/lib/albums/albums.schemas';
import { getAlbumNeighbours } from '@/lib/albums/get-album-neighbours';
import { withAuth } from '@/lib/auth/with-auth';
import { json } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const { assetId } = albumNeighboursQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await getAlbumNeighbours(user, albumIdParam(params), assetId));
});
