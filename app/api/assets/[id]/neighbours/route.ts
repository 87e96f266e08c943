// GET /api/assets/:id/neighbours?view=&type= – the newer and older asset, for the viewer's arrows.
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { getAssetNeighbours } from '@/lib/assets/get-asset-neighbours';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';
import { timelineFilterSchema } from '@/lib/timeline/timeline.schemas';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  const filter = timelineFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await getAssetNeighbours(user, parsed.data.id, filter));
});
