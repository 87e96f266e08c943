// GET /api/admin/users – every account with role and state (admin).
import { listUsersForAdmin } from '@/lib/users/list-users-for-admin';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async () => json({ users: await listUsersForAdmin() }), { access: 'admin' });
