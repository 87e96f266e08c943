// GET /api/search/neighbours?id=&<the search's parameters> – the results before and after an asset, for the viewer's arrows.
import { withAuth } from '@/lib/auth/with-auth';
import { getSearchNeighbours } from '@/lib/search/get-search-neighbours';
import { searchNeighboursQuerySchema } from '@/lib/search/search.schemas';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const query = searchNeighboursQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await getSearchNeighbours(user, query));
});
