// POST /api/videos/duplicates/not-duplicates – { ids: [a, b] }: this user no longer sees the pair.
import { withAuth } from '@/lib/auth/with-auth';
import { notDuplicatesSchema } from '@/lib/duplicates/duplicates.schemas';
import { markNotDuplicates } from '@/lib/duplicates/mark-not-duplicates';
import { parseJsonBody } from '@/lib/server/http';

export const POST = withAuth(async ({ req, user }) => {
  await markNotDuplicates(user, await parseJsonBody(req, notDuplicatesSchema));
  return new Response(null, { status: 204 });
});
