// GET /api/assets/:id/analysis – what the analysis found: palette, quality, answers, caption, faces with names.
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { withAuth } from '@/lib/auth/with-auth';
import { getAssetAnalysis } from '@/lib/search/get-asset-analysis';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return json(await getAssetAnalysis(user, parsed.data.id));
});
