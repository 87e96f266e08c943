// GET /api/random – a random asset of the user with its dominant colour (background + theme).
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';
import { getRandomAsset } from '@/lib/timeline/get-random-asset';

export const GET = withAuth(async ({ user }) => json(await getRandomAsset(user.id), 200, { 'cache-control': 'no-store' }));
