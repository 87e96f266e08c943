// POST /api/auth/login – email + password → a new session row and its HttpOnly cookie, plus the
// device cookie that keeps this browser out of the account's lockout (lib/auth/device-cookie.ts).
import { clientIp } from '@/lib/auth/client-ip';
import { credentialsSchema } from '@/lib/auth/auth.schemas';
import { rememberDevice } from '@/lib/auth/device-cookie';
import { loginWithPassword } from '@/lib/auth/login-with-password';
import { DEVICE_COOKIE, deviceCookieHeader, readCookie, sealSession, sessionCookieHeader } from '@/lib/auth/session-cookie';
import { json, parseJsonBody } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const POST = withPublic(async ({ req }) => {
  const { email, password } = await parseJsonBody(req, credentialsSchema);
  const deviceCookie = readCookie(req.headers.get('cookie'), DEVICE_COOKIE);
  const meta = { ip: clientIp(req.headers), userAgent: req.headers.get('user-agent') ?? undefined, deviceCookie };
  const { user, sessionId } = await loginWithPassword(email, password, meta, 'browser');
  return json({ user }, 200, [
    ['set-cookie', sessionCookieHeader(await sealSession(user.id, sessionId))],
    ['set-cookie', deviceCookieHeader(rememberDevice(deviceCookie, user.id))],
    ['cache-control', 'no-store'],
  ]);
});
