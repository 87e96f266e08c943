// GET /api/assets/:id/full – the photo at full size in a format browsers display (the viewer's zoom), for its owner.
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { serveFullSize } from '@/lib/assets/serve-full-size';
import { notFound } from '@/lib/server/errors';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return serveFullSize(req, user, parsed.data.id);
});
