// POST /api/auth/register – create an account from an invite, then sign the new user in the way
// a login does (session cookie and device cookie, lib/auth/start-browser-session.ts).
import { registerSchema } from '@/lib/auth/auth.schemas';
import { clientIp } from '@/lib/auth/client-ip';
import { consumeLimit, LIMITS } from '@/lib/auth/rate-limit';
import { startBrowserSession } from '@/lib/auth/start-browser-session';
import { registerWithInvite } from '@/lib/users/register-with-invite';
import { json, parseJsonBody } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const POST = withPublic(async ({ req }) => {
  await consumeLimit(LIMITS.inviteIp, clientIp(req.headers));
  const input = await parseJsonBody(req, registerSchema);
  const user = await registerWithInvite(input);
  return json({ user }, 201, await startBrowserSession(req.headers, user.id));
});
