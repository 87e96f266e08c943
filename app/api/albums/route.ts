// GET /api/albums – my albums and the albums shared with me (owner's name, my role, item count,
// cover thumbnail, date range), most recently changed first.
// POST /api/albums – { title, description?, assetIds? }: a new album of mine, with those items in it.
import { createAlbum } from '@/lib/albums/create-album';
import { listAlbums } from '@/lib/albums/list-albums';
import { albumCreateSchema } from '@/lib/albums/albums.schemas';
import { withAuth } from '@/lib/auth/with-auth';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth(async ({ user }) => json(await listAlbums(user)));

export const POST = withAuth(async ({ req, user }) => json(await createAlbum(user, await parseJsonBody(req, albumCreateSchema)), 201));
