// GET /api/studios/:id/videos?page=&pageSize= – cards of the studio's videos (with its child studios') the user can see, newest added first.
import { withAuth } from '@/lib/auth/with-auth';
import { entityIdParam } from '@/lib/organise/entity-view';
import { listEntityVideos } from '@/lib/organise/list-entity-videos';
import { entityVideosQuerySchema } from '@/lib/organise/organise.schemas';
import { json } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = entityIdParam('studio', params);
  const query = entityVideosQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listEntityVideos(user, 'studio', id, query));
});
