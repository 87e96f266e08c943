// POST /api/setup – create the first administrator; gone (404) once any user exists. The
// browser that did it gets the device cookie (lib/auth/device-cookie.ts): strangers' wrong
// passwords never lock the administrator out of it.
import { countUsers } from '@/lib/auth/auth.queries';
import { setupSchema } from '@/lib/auth/auth.schemas';
import { createFirstAdmin } from '@/lib/auth/create-first-admin';
import { rememberDevice } from '@/lib/auth/device-cookie';
import { DEVICE_COOKIE, deviceCookieHeader, readCookie } from '@/lib/auth/session-cookie';
import { notFound } from '@/lib/server/errors';
import { json, parseJsonBody } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const POST = withPublic(async ({ req }) => {
  if ((await countUsers()) > 0) throw notFound('Shoebox is already set up.');
  const input = await parseJsonBody(req, setupSchema);
  const user = await createFirstAdmin(input);
  const device = rememberDevice(readCookie(req.headers.get('cookie'), DEVICE_COOKIE), user.id);
  return json({ user }, 201, { 'set-cookie': deviceCookieHeader(device) });
});
