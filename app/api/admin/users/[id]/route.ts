// PATCH /api/admin/users/:id – change role or disable/enable (disabling ends every session) (admin).
// DELETE /api/admin/users/:id – disable now and queue user:delete for their data (admin).
import { notFound } from '@/lib/server/errors';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';
import { requestUserDeletion } from '@/lib/users/request-user-deletion';
import { updateUserAsAdmin } from '@/lib/users/update-user';
import { updateUserSchema, userIdParamsSchema } from '@/lib/users/users.schemas';

function userId(params: { id: string }): string {
  const parsed = userIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such user.');
  return parsed.data.id;
}

export const PATCH = withAuth<{ id: string }>(
  async ({ req, params, user }) => {
    const id = userId(params);
    const change = await parseJsonBody(req, updateUserSchema);
    return json({ user: await updateUserAsAdmin(user, id, change) });
  },
  { access: 'admin', changesSessions: true },
);

export const DELETE = withAuth<{ id: string }>(
  async ({ params, user }) => {
    await requestUserDeletion(user, userId(params));
    return json({ queued: true }, 202);
  },
  { access: 'admin', changesSessions: true },
);
