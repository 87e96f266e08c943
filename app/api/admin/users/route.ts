// GET /api/admin/users – every account with role and state (admin).
import { listUsers } from '@/lib/users/users.queries';
import { json, withAuth } from '@/lib/server/http';

export const GET = withAuth(async () => json({ users: await listUsers() }), { access: 'admin' });
