// DELETE /api/admin/invites/:id – revoke a pending invite (admin).
import { z } from 'zod';
import { deletePendingInvite } from '@/lib/users/users.queries';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const DELETE = withAuth<{ id: string }>(
  async ({ params }) => {
    const id = z.uuid().safeParse(params.id);
    if (!id.success || !(await deletePendingInvite(id.data))) throw notFound('No such invite.');
    return json({ ok: true });
  },
  { access: 'admin' },
);
