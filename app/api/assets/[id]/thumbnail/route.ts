// GET /api/assets/:id/thumbnail?size=thumb|preview – the asset's derived image, for its owner.
import { assetIdParamsSchema, derivedSizeSchema } from '@/lib/assets/assets.schemas';
import { serveDerived } from '@/lib/assets/serve-derived';
import { notFound } from '@/lib/server/errors';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  const { size } = derivedSizeSchema.parse({ size: new URL(req.url).searchParams.get('size') ?? undefined });
  return serveDerived(req, user, parsed.data.id, size);
});
