// POST /api/duplicates/not-duplicates – { ids }: these photos are not duplicates; the group never
// shows again to this user.
import { withAuth } from '@/lib/auth/with-auth';
import { markPhotoNotDuplicates } from '@/lib/duplicates/mark-photo-not-duplicates';
import { photoNotDuplicatesSchema } from '@/lib/duplicates/photo-duplicates.schemas';
import { parseJsonBody } from '@/lib/server/http';

export const POST = withAuth(async ({ req, user }) => {
  await markPhotoNotDuplicates(user, await parseJsonBody(req, photoNotDuplicatesSchema));
  return new Response(null, { status: 204 });
});
