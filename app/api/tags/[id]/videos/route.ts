// GET /api/tags/:id/videos?page=&pageSize= – cards of the tag's videos (with its sub-tags' and those inheriting it from a performer) the user can see, newest added first.
import { withAuth } from '@/lib/auth/with-auth';
import { entityIdParam } from '@/lib/organise/entity-view';
import { listEntityVideos } from '@/lib/organise/list-entity-videos';
import { entityVideosQuerySchema } from '@/lib/organise/organise.schemas';
import { json } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = entityIdParam('tag', params);
  const query = entityVideosQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listEntityVideos(user, 'tag', id, query));
});
