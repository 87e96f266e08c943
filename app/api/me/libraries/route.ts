// GET /api/me/libraries – the user's libraries with whom each is shared, the libraries shared
// with them, and the people they could share with.
import { listMyLibraries } from '@/lib/libraries/list-my-libraries';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async ({ user }) => json(await listMyLibraries(user)));
