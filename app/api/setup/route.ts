// POST /api/setup – create the first administrator; gone (404) once any user exists.
import { countUsers } from '@/lib/auth/auth.queries';
import { setupSchema } from '@/lib/auth/auth.schemas';
import { createFirstAdmin } from '@/lib/auth/create-first-admin';
import { notFound } from '@/lib/server/errors';
import { json, parseJsonBody, withPublic } from '@/lib/server/http';

export const POST = withPublic(async ({ req }) => {
  if ((await countUsers()) > 0) throw notFound('Shoebox is already set up.');
  const input = await parseJsonBody(req, setupSchema);
  const user = await createFirstAdmin(input);
  return json({ user }, 201);
});
