// GET /api/videos/duplicates?distance=0|4|8|10 – pairs of videos the user sees whose perceptual
// hashes differ in at most that many bits, closest first (at most 200).
import { withAuth } from '@/lib/auth/with-auth';
import { duplicatesQuerySchema } from '@/lib/duplicates/duplicates.schemas';
import { listDuplicatePairs } from '@/lib/duplicates/list-duplicate-pairs';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const query = duplicatesQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listDuplicatePairs(user, query));
});
