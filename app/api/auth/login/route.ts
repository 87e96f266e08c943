// POST /api/auth/login – email + password → a new session row and its HttpOnly cookie, plus the
// device cookie that keeps this browser out of the account's lockout (lib/auth/device-cookie.ts).
import { credentialsSchema } from '@/lib/auth/auth.schemas';
import { loginWithPassword } from '@/lib/auth/login-with-password';
import { browserLoginMeta, browserSessionHeaders } from '@/lib/auth/start-browser-session';
import { json, parseJsonBody } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const POST = withPublic(async ({ req }) => {
  const { email, password } = await parseJsonBody(req, credentialsSchema);
  const { user, sessionId } = await loginWithPassword(email, password, browserLoginMeta(req.headers), 'browser');
  return json({ user }, 200, await browserSessionHeaders(req.headers, user.id, sessionId));
});
