// POST /api/auth/token – for non-browser clients: email + password → 15-minute access token + refresh token.
import { credentialsSchema } from '@/lib/auth/auth.schemas';
import { clientIp } from '@/lib/auth/client-ip';
import { issueTokenPair } from '@/lib/auth/issue-tokens';
import { loginWithPassword } from '@/lib/auth/login-with-password';
import { json, parseJsonBody } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const POST = withPublic(async ({ req }) => {
  const { email, password } = await parseJsonBody(req, credentialsSchema);
  const meta = { ip: clientIp(req.headers), userAgent: req.headers.get('user-agent') ?? undefined };
  const { sessionId } = await loginWithPassword(email, password, meta, 'token');
  return json(await issueTokenPair(sessionId), 200, { 'cache-control': 'no-store' });
});
