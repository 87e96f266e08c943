// DELETE /api/me/sessions/:id – revoke one of my sessions; someone else's answers 404.
import { z } from 'zod';
import { revokeMySession } from '@/lib/auth/revoke-my-session';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) throw notFound('No such session.');
  await revokeMySession(user, id.data);
  return json({ ok: true });
}, { changesSessions: true });
