// PUT /api/assets/:id/location – { latitude, longitude } (owner only): set where it was taken, by
//   hand (stored in Shoebox, never in the file); answers the updated details.
// DELETE /api/assets/:id/location – revert to the file's own place (or none); answers the details.
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { getAssetDetails } from '@/lib/assets/get-asset-details';
import { withAuth } from '@/lib/auth/with-auth';
import { locationInputSchema } from '@/lib/places/places.schemas';
import { setAssetsLocation } from '@/lib/places/set-assets-location';
import { notFound } from '@/lib/server/errors';
import { json, parseJsonBody } from '@/lib/server/http';

function assetId(params: { id: string }): string {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return parsed.data.id;
}

export const PUT = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = assetId(params);
  await setAssetsLocation(user, [id], await parseJsonBody(req, locationInputSchema));
  return json(await getAssetDetails(user, id));
});

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  const id = assetId(params);
  await setAssetsLocation(user, [id], null);
  return json(await getAssetDetails(user, id));
});
