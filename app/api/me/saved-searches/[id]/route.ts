// DELETE /api/me/saved-searches/:id – delete one of my saved searches; someone else's answers 404.
import { z } from 'zod';
import { deleteSavedSearch } from '@/lib/saved-searches/delete-saved-search';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) throw notFound('No such saved search.');
  await deleteSavedSearch(user, id.data);
  return json({ ok: true });
});
