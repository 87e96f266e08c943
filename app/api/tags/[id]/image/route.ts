// GET /api/tags/:id/image – the tag's image (WebP, ETag, private cache).
// POST /api/tags/:id/image – JSON { assetId, seconds } (a frame of a video I can read), or an
//   image upload (multipart or the raw body, ≤ 10 MB); 422 when it is not an image.
// DELETE /api/tags/:id/image – no image.
import { withAuth } from '@/lib/auth/with-auth';
import { entityIdParam } from '@/lib/organise/entity-view';
import { imageFromFrameSchema } from '@/lib/organise/organise.schemas';
import { readImageUpload } from '@/lib/organise/read-image-upload';
import { serveEntityImage } from '@/lib/organise/serve-entity-image';
import { removeEntityImage, setEntityImage } from '@/lib/organise/set-entity-image';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => serveEntityImage(req, user, 'tag', entityIdParam('tag', params)));

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = entityIdParam('tag', params);
  if ((req.headers.get('content-type') ?? '').startsWith('application/json')) {
    const frame = await parseJsonBody(req, imageFromFrameSchema);
    return json(await setEntityImage(user, 'tag', id, { kind: 'frame', ...frame }));
  }
  return json(await setEntityImage(user, 'tag', id, { kind: 'upload', read: () => readImageUpload(req) }));
});

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  await removeEntityImage(user, 'tag', entityIdParam('tag', params));
  return new Response(null, { status: 204 });
});
