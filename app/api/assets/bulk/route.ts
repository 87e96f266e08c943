// POST /api/assets/bulk – favourite/unfavourite/archive/unarchive/trash/restore many assets;
// refused whole (404) when any id is not the user's.
import { applyBulkActionForUser } from '@/lib/assets/apply-bulk-action';
import { bulkActionSchema } from '@/lib/assets/assets.schemas';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth(async ({ req, user }) => {
  const { ids, action } = await parseJsonBody(req, bulkActionSchema);
  return json(await applyBulkActionForUser(user, ids, action));
});
