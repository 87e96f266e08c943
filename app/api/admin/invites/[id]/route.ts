// DELETE /api/admin/invites/:id – revoke a pending invite (admin).
import { z } from 'zod';
import { revokeInvite } from '@/lib/users/revoke-invite';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const DELETE = withAuth<{ id: string }>(
  async ({ params, user }) => {
    const id = z.uuid().safeParse(params.id);
    if (!id.success) throw notFound('No such invite.');
    await revokeInvite(user, id.data);
    return json({ ok: true });
  },
  { access: 'admin' },
);
