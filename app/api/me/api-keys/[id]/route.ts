// DELETE /api/me/api-keys/:id – delete one of my API keys, from a browser session; someone else's answers 404.
import { z } from 'zod';
import { assertBrowserSession } from '@/lib/auth/assert-browser-session';
import { deleteMyApiKey } from '@/lib/auth/delete-my-api-key';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  assertBrowserSession(user, 'Deleting an API key');
  const id = z.uuid().safeParse(params.id);
  if (!id.success) throw notFound('No such API key.');
  await deleteMyApiKey(user, id.data);
  return json({ ok: true });
}, { changesSessions: true });
