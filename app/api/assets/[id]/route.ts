// GET /api/assets/:id – the viewer's and video page's info: date and source, camera, exposure, file, GPS, title, link, video facts.
// PATCH /api/assets/:id – { title?, description?, externalUrl? } (owner only): answers the updated details.
import { assetIdParamsSchema, updateAssetInfoSchema } from '@/lib/assets/assets.schemas';
import { getAssetDetails } from '@/lib/assets/get-asset-details';
import { updateAssetInfo } from '@/lib/assets/update-asset-info';
import { notFound } from '@/lib/server/errors';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

function assetId(params: { id: string }): string {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return parsed.data.id;
}

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await getAssetDetails(user, assetId(params))));

export const PATCH = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = assetId(params);
  return json(await updateAssetInfo(user, id, await parseJsonBody(req, updateAssetInfoSchema)));
});
