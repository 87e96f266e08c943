// GET /api/videos/stats?<the catalogue's filters> – total, duration, size, and videos per month
//   added and released, over what the user sees (the distribution charts).
import { withAuth } from '@/lib/auth/with-auth';
import { videoFilterSchema } from '@/lib/catalogue/catalogue.schemas';
import { getVideoStats } from '@/lib/catalogue/get-video-stats';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const filter = videoFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await getVideoStats(user, filter));
});
