// GET /api/assets/:id – the viewer's info panel: date and source, camera, exposure, file, GPS.
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';
import { getAssetDetails } from '@/lib/timeline/get-asset-details';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return json(await getAssetDetails(user.id, parsed.data.id));
});
