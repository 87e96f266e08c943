// GET /api/videos?page=1&pageSize=24&sort=newest – a page of the videos the user can see
//   (their own and shared libraries', not archived by them), as cards, with the total.
import { withAuth } from '@/lib/auth/with-auth';
import { videoListQuerySchema } from '@/lib/catalogue/catalogue.schemas';
import { listVideos } from '@/lib/catalogue/list-videos';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const query = videoListQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listVideos(user, query));
});
