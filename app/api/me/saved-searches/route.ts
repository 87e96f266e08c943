// GET /api/me/saved-searches – my saved catalogue searches, by name.
// POST /api/me/saved-searches – { name, query }: save the catalogue's query string under a name (≤100 per user).
import { listSavedSearches } from '@/lib/saved-searches/list-saved-searches';
import { saveSearch } from '@/lib/saved-searches/save-search';
import { savedSearchInputSchema } from '@/lib/saved-searches/saved-searches.schemas';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async ({ user }) => json({ items: await listSavedSearches(user) }));

export const POST = withAuth(async ({ req, user }) => json(await saveSearch(user, await parseJsonBody(req, savedSearchInputSchema)), 201));
