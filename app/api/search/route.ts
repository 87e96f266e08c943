// GET /api/search?q=&type=&from=&to=&people=&peopleMode=&camera=&favourite=&quality=&colour=&questions=&library=&like=&offset=&limit=
//   – the one search box: literal matches first, then CLIP's (semantic: false with a reason when it cannot), filters, pages of ≤ 200.
import { withAuth } from '@/lib/auth/with-auth';
import { searchAssets } from '@/lib/search/search-assets';
import { searchQuerySchema } from '@/lib/search/search.schemas';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const query = searchQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await searchAssets(user, query));
});
