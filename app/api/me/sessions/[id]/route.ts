// DELETE /api/me/sessions/:id – revoke one of my sessions; someone else's answers 404.
import { z } from 'zod';
import { revokeOwnSession } from '@/lib/auth/auth.queries';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  const id = z.uuid().safeParse(params.id);
  if (!id.success || !(await revokeOwnSession(user.id, id.data))) throw notFound('No such session.');
  return json({ ok: true });
}, { changesSessions: true });
