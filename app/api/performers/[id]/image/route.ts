// GET /api/performers/:id/image – the performer's image (WebP, ETag, private cache).
// POST /api/performers/:id/image – JSON { assetId, seconds } (a frame of a video I can read), or an
//   image upload (multipart or the raw body, ≤ 10 MB); 422 when it is not an image.
// DELETE /api/performers/:id/image – no image.
import { withAuth } from '@/lib/auth/with-auth';
import { entityIdParam } from '@/lib/organise/entity-view';
import { imageFromFrameSchema } from '@/lib/organise/organise.schemas';
import { readImageUpload } from '@/lib/organise/read-image-upload';
import { serveEntityImage } from '@/lib/organise/serve-entity-image';
import { removeEntityImage, setEntityImage } from '@/lib/organise/set-entity-image';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => serveEntityImage(req, user, 'person', entityIdParam('person', params)));

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = entityIdParam('person', params);
  if ((req.headers.get('content-type') ?? '').startsWith('application/json')) {
    const frame = await parseJsonBody(req, imageFromFrameSchema);
    return json(await setEntityImage(user, 'person', id, { kind: 'frame', ...frame }));
  }
  return json(await setEntityImage(user, 'person', id, { kind: 'upload', read: () => readImageUpload(req) }));
});

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  await removeEntityImage(user, 'person', entityIdParam('person', params));
  return new Response(null, { status: 204 });
});
