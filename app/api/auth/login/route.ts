// POST /api/auth/login – email + password → a new session row and its HttpOnly cookie.
import { clientIp } from '@/lib/auth/client-ip';
import { credentialsSchema } from '@/lib/auth/auth.schemas';
import { loginWithPassword } from '@/lib/auth/login-with-password';
import { sealSession, sessionCookieHeader } from '@/lib/auth/session-cookie';
import { json, parseJsonBody, withPublic } from '@/lib/server/http';

export const POST = withPublic(async ({ req }) => {
  const { email, password } = await parseJsonBody(req, credentialsSchema);
  const meta = { ip: clientIp(req.headers), userAgent: req.headers.get('user-agent') ?? undefined };
  const { user, sessionId } = await loginWithPassword(email, password, meta, 'browser');
  return json({ user }, 200, { 'set-cookie': sessionCookieHeader(await sealSession(user.id, sessionId)), 'cache-control': 'no-store' });
});
