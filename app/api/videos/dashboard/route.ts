// GET /api/videos/dashboard – counts, totals, most watched / most liked / recently added cards
//   and this user's watch time per week (last 26 weeks).
import { withAuth } from '@/lib/auth/with-auth';
import { getVideoDashboard } from '@/lib/catalogue/get-video-dashboard';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ user }) => json(await getVideoDashboard(user)));
