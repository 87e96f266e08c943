// GET /api/assets/:id – the viewer's info panel: date and source, camera, exposure, file, GPS.
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { getAssetDetails } from '@/lib/assets/get-asset-details';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return json(await getAssetDetails(user, parsed.data.id));
});
