// GET /api/studios/:id/similar?page=1&pageSize=20 – studios whose videos look like this
//   one's (cosine of mean TF-IDF profiles), with the tokens that contributed most.
import { withAuth } from '@/lib/auth/with-auth';
import { childIdParam } from '@/lib/interactions/parse-video-params';
import { json } from '@/lib/server/http';
import { listSimilarEntities } from '@/lib/similar/list-similar-entities';
import { similarPageSchema } from '@/lib/similar/similar.schemas';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = childIdParam(params.id, 'studio');
  const query = similarPageSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listSimilarEntities(user, 'studio', id, query));
});
