// PATCH /api/assets/:id/date – set ({ mode: 'set', dateTime, offset? }) or shift ({ mode: 'shift', days?, hours?, minutes? }) one asset's date (owner only); answers the details.
// DELETE /api/assets/:id/date – give the asset its file's date back (owner only); answers the details.
import { changeAssetDate, revertAssetDate } from '@/lib/asset-edits/change-asset-date';
import { assetDateChangeSchema } from '@/lib/asset-edits/asset-edits.schemas';
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { notFound } from '@/lib/server/errors';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

function assetId(params: { id: string }): string {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return parsed.data.id;
}

export const PATCH = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = assetId(params);
  return json(await changeAssetDate(user, id, await parseJsonBody(req, assetDateChangeSchema)));
});

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => json(await revertAssetDate(user, assetId(params))));
