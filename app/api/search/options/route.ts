// GET /api/search/options – the filter controls' values (people, cameras, colours, questions, libraries) found on what the user can search.
import { withAuth } from '@/lib/auth/with-auth';
import { listSearchOptions } from '@/lib/search/list-search-options';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ user }) => json(await listSearchOptions(user)));
