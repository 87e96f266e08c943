// GET /api/places – my cities (own and shared libraries, as my timeline shows them) grouped by
//   country, each with its count and a cover asset.
import { withAuth } from '@/lib/auth/with-auth';
import { listPlaces } from '@/lib/places/list-places';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ user }) => json(await listPlaces(user)));
