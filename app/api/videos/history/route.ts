// GET /api/videos/history?kind=all|watched|liked|rated|marked|commented&cursor=&limit=50 – what
//   the user did with videos they can still see, newest first; nextCursor continues the list.
import { withAuth } from '@/lib/auth/with-auth';
import { historyQuerySchema } from '@/lib/catalogue/catalogue.schemas';
import { listVideoHistory } from '@/lib/catalogue/list-video-history';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const query = historyQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listVideoHistory(user, query));
});
