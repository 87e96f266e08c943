// GET /api/videos/:id/similar?page=1&pageSize=20 – videos like this one for the user (TF-IDF
//   cosine, per-user IDF), each with its score and the three tokens that contributed most.
import { withAuth } from '@/lib/auth/with-auth';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { json } from '@/lib/server/http';
import { listSimilarVideos } from '@/lib/similar/list-similar-videos';
import { similarPageSchema } from '@/lib/similar/similar.schemas';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  const query = similarPageSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listSimilarVideos(user, id, query));
});
