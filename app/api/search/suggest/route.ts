// GET /api/search/suggest?q= – up to five performers, studios, tags and videos close to what
//   was typed (typo-tolerant), only what the user may see; per keystroke.
import { withAuth } from '@/lib/auth/with-auth';
import { suggestQuerySchema } from '@/lib/search/search.schemas';
import { suggestSearch } from '@/lib/search/suggest-search';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const query = suggestQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await suggestSearch(user, query));
});
