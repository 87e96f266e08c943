// GET /api/assets/:id/vtt – the WebVTT of a video's seek sprite (cues point at /api/assets/:id/sprite#xywh=…).
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { serveDerived } from '@/lib/assets/serve-derived';
import { notFound } from '@/lib/server/errors';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return serveDerived(req, user, parsed.data.id, 'vtt');
});
