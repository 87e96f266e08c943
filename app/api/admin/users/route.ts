// GET /api/admin/users – every account with role and state (admin).
import { listUsers } from '@/lib/users/users.queries';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async () => json({ users: await listUsers() }), { access: 'admin' });
