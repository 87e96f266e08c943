// POST /api/setup – create the first administrator and sign them in the way a login does
// (lib/auth/start-browser-session.ts); gone (404) once any user exists. The device cookie it
// gives means strangers' wrong passwords never lock the administrator out of this browser.
import { setupSchema } from '@/lib/auth/auth.schemas';
import { createFirstAdmin } from '@/lib/auth/create-first-admin';
import { isSetUp } from '@/lib/auth/is-set-up';
import { startBrowserSession } from '@/lib/auth/start-browser-session';
import { notFound } from '@/lib/server/errors';
import { json, parseJsonBody } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const POST = withPublic(async ({ req }) => {
  if (await isSetUp()) throw notFound('Shoebox is already set up.');
  const input = await parseJsonBody(req, setupSchema);
  const user = await createFirstAdmin(input);
  return json({ user }, 201, await startBrowserSession(req.headers, user.id));
});
