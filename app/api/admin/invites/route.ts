// GET /api/admin/invites – pending invites (admin).
// POST /api/admin/invites – create one; answers the link to copy and whether it was mailed (admin).
import { createInvite } from '@/lib/users/create-invite';
import { listInvites } from '@/lib/users/list-invites';
import { createInviteSchema } from '@/lib/users/users.schemas';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async () => json({ invites: await listInvites() }), { access: 'admin' });

export const POST = withAuth(
  async ({ req, user }) => {
    const input = await parseJsonBody(req, createInviteSchema);
    return json(await createInvite(user, input), 201, { 'cache-control': 'no-store' });
  },
  { access: 'admin' },
);
