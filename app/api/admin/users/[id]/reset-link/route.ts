// POST /api/admin/users/:id/reset-link – a one-hour reset link for the admin to hand over (mail off) (admin).
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';
import { createResetLinkForUser } from '@/lib/users/create-reset-link-for-user';
import { userIdParamsSchema } from '@/lib/users/users.schemas';

export const POST = withAuth<{ id: string }>(
  async ({ params, user }) => {
    const parsed = userIdParamsSchema.safeParse(params);
    if (!parsed.success) throw notFound('No such user.');
    return json(await createResetLinkForUser(user, parsed.data.id), 201, { 'cache-control': 'no-store' });
  },
  { access: 'admin' },
);
