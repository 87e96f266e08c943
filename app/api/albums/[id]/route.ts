// GET /api/albums/:id – one album I own or am a member of.
// PATCH /api/albums/:id – { title?, description?, sortOrder?, coverAssetId? }: the owner only.
// DELETE /api/albums/:id – delete the album (the owner only); its photos stay where they are.
import { albumIdParam } from '@/lib/albums/album-view';
import { albumUpdateSchema } from '@/lib/albums/albums.schemas';
import { deleteAlbum } from '@/lib/albums/delete-album';
import { getAlbum } from '@/lib/albums/get-album';
import { updateAlbum } from '@/lib/albums/update-album';
import { withAuth } from '@/lib/auth/with-auth';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await getAlbum(user, albumIdParam(params))));

export const PATCH = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = albumIdParam(params);
  return json(await updateAlbum(user, id, await parseJsonBody(req, albumUpdateSchema)));
});

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  await deleteAlbum(user, albumIdParam(params));
  return new Response(null, { status: 204 });
});
