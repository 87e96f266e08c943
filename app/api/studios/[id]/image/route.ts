// GET /api/studios/:id/image – the studio's image (WebP, ETag, private cache).
// POST /api/studios/:id/image – JSON { assetId, seconds } (a frame of a video I can read), or an
//   image upload (multipart or the raw body, ≤ 10 MB); 422 when it is not an image.
// DELETE /api/studios/:id/image – no image.
import { withAuth } from '@/lib/auth/with-auth';
import { entityIdParam } from '@/lib/organise/entity-view';
import { imageFromFrameSchema } from '@/lib/organise/organise.schemas';
import { readImageUpload } from '@/lib/organise/read-image-upload';
import { serveEntityImage } from '@/lib/organise/serve-entity-image';
import { removeEntityImage, setEntityImage } from '@/lib/organise/set-entity-image';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => serveEntityImage(req, user, 'studio', entityIdParam('studio', params)));

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = entityIdParam('studio', params);
  if ((req.headers.get('content-type') ?? '').startsWith('application/json')) {
    const frame = await parseJsonBody(req, imageFromFrameSchema);
    return json(await setEntityImage(user, 'studio', id, { kind: 'frame', ...frame }));
  }
  return json(await setEntityImage(user, 'studio', id, { kind: 'upload', read: () => readImageUpload(req) }));
});

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  await removeEntityImage(user, 'studio', entityIdParam('studio', params));
  return new Response(null, { status: 204 });
});
