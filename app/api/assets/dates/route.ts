// POST /api/assets/dates – { ids, change } set or shift the date of many of the owner's assets,
// all or nothing (404 when any id is not theirs, 422 when a shift leaves the years allowed).
import { editAssetDates } from '@/lib/asset-edits/edit-asset-dates';
import { bulkDateChangeSchema } from '@/lib/asset-edits/asset-edits.schemas';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth(async ({ req, user }) => {
  const { ids, change } = await parseJsonBody(req, bulkDateChangeSchema);
  return json(await editAssetDates(user, ids, change));
});
