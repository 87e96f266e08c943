// GET /api/assets/:id/similar – "more like this": the nearest assets by this one's CLIP embedding, readable ones only.
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { withAuth } from '@/lib/auth/with-auth';
import { findSimilarAssets } from '@/lib/search/find-similar-assets';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return json(await findSimilarAssets(user, parsed.data.id));
});
