// GET /api/users/household – the people I could share an album with: active accounts but mine, by id and name.
import { listHouseholdPeople } from '@/lib/album-sharing/list-household-people';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async ({ user }) => json(await listHouseholdPeople(user)));
