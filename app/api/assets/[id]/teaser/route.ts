// GET /api/assets/:id/teaser?size=sm|lg – a video's muted teaser (MP4, Range), for whoever may read it.
import { assetIdParamsSchema, teaserSizeSchema } from '@/lib/assets/assets.schemas';
import { serveTeaser } from '@/lib/assets/serve-teaser';
import { notFound } from '@/lib/server/errors';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  const { size } = teaserSizeSchema.parse({ size: new URL(req.url).searchParams.get('size') ?? undefined });
  return serveTeaser(req, user, parsed.data.id, size);
});
