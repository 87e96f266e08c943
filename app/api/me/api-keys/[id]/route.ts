// DELETE /api/me/api-keys/:id – delete one of my API keys, from a browser session; someone else's answers 404.
import { z } from 'zod';
import { deleteOwnApiKey } from '@/lib/auth/api-keys.queries';
import { assertBrowserSession } from '@/lib/auth/assert-browser-session';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  assertBrowserSession(user, 'Deleting an API key');
  const id = z.uuid().safeParse(params.id);
  if (!id.success || !(await deleteOwnApiKey(user.id, id.data))) throw notFound('No such API key.');
  return json({ ok: true });
}, { changesSessions: true });
