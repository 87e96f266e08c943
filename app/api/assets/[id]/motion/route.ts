// GET /api/assets/:id/motion – a motion photo's or Live Photo's short video (MP4, Range), for whoever may read the photo.
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { serveMotion } from '@/lib/assets/serve-motion';
import { notFound } from '@/lib/server/errors';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return serveMotion(req, user, parsed.data.id);
});
