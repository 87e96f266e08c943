// POST /api/auth/register – create an account from an invite, then sign the new user in.
import { createSession } from '@/lib/auth/auth.queries';
import { registerSchema } from '@/lib/auth/auth.schemas';
import { clientIp } from '@/lib/auth/client-ip';
import { consumeLimit, LIMITS } from '@/lib/auth/rate-limit';
import { sealSession, sessionCookieHeader } from '@/lib/auth/session-cookie';
import { registerWithInvite } from '@/lib/users/register-with-invite';
import { json, parseJsonBody, withPublic } from '@/lib/server/http';

export const POST = withPublic(async ({ req }) => {
  const ip = clientIp(req.headers);
  await consumeLimit(LIMITS.inviteIp, ip);
  const input = await parseJsonBody(req, registerSchema);
  const user = await registerWithInvite(input);
  const session = await createSession(user.id, { ip, userAgent: req.headers.get('user-agent') ?? undefined });
  return json({ user }, 201, { 'set-cookie': sessionCookieHeader(await sealSession(user.id, session.id)), 'cache-control': 'no-store' });
});
