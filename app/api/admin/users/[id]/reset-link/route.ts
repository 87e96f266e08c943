// POST /api/admin/users/:id/reset-link – a one-hour reset link for the admin to hand over (mail off) (admin).
import { findUserById } from '@/lib/auth/auth.queries';
import { createResetLink } from '@/lib/auth/request-password-reset';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';
import { userIdParamsSchema } from '@/lib/users/users.schemas';

export const POST = withAuth<{ id: string }>(
  async ({ params }) => {
    const parsed = userIdParamsSchema.safeParse(params);
    const target = parsed.success ? await findUserById(parsed.data.id) : null;
    if (!target) throw notFound('No such user.');
    const { url } = await createResetLink(target.id);
    return json({ url }, 201, { 'cache-control': 'no-store' });
  },
  { access: 'admin' },
);
