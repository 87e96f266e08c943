// POST /api/assets/dates/revert – { ids } give many of the owner's assets their file's date back
// (those with no edited date stay as they are); 404 when any id is not theirs.
import { revertAssetDates } from '@/lib/asset-edits/revert-asset-dates';
import { bulkDateRevertSchema } from '@/lib/asset-edits/asset-edits.schemas';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth(async ({ req, user }) => {
  const { ids } = await parseJsonBody(req, bulkDateRevertSchema);
  return json(await revertAssetDates(user, ids));
});
