// POST /api/auth/register – create an account from an invite, then sign the new user in (with
// the device cookie a login gives, lib/auth/device-cookie.ts).
import { createSession } from '@/lib/auth/auth.queries';
import { registerSchema } from '@/lib/auth/auth.schemas';
import { clientIp } from '@/lib/auth/client-ip';
import { rememberDevice } from '@/lib/auth/device-cookie';
import { consumeLimit, LIMITS } from '@/lib/auth/rate-limit';
import { DEVICE_COOKIE, deviceCookieHeader, readCookie, sealSession, sessionCookieHeader } from '@/lib/auth/session-cookie';
import { registerWithInvite } from '@/lib/users/register-with-invite';
import { json, parseJsonBody } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const POST = withPublic(async ({ req }) => {
  const ip = clientIp(req.headers);
  await consumeLimit(LIMITS.inviteIp, ip);
  const input = await parseJsonBody(req, registerSchema);
  const user = await registerWithInvite(input);
  const session = await createSession(user.id, { ip, userAgent: req.headers.get('user-agent') ?? undefined });
  const deviceCookie = readCookie(req.headers.get('cookie'), DEVICE_COOKIE);
  return json({ user }, 201, [
    ['set-cookie', sessionCookieHeader(await sealSession(user.id, session.id))],
    ['set-cookie', deviceCookieHeader(rememberDevice(deviceCookie, user.id))],
    ['cache-control', 'no-store'],
  ]);
});
