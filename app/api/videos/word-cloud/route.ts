// GET /api/videos/word-cloud?performer=&studio=&tag= – the 100 most characteristic tokens of
//   the user's videos, or of those of a performer / studio / tag.
import { withAuth } from '@/lib/auth/with-auth';
import { json } from '@/lib/server/http';
import { getWordCloud } from '@/lib/similar/get-word-cloud';
import { wordCloudQuerySchema } from '@/lib/similar/similar.schemas';

export const GET = withAuth(async ({ req, user }) => {
  const query = wordCloudQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await getWordCloud(user, query));
});
