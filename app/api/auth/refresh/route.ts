// POST /api/auth/refresh – rotate a refresh token; a reused one revokes its whole family.
import { refreshSchema } from '@/lib/auth/auth.schemas';
import { clientIp } from '@/lib/auth/client-ip';
import { rotateRefreshToken } from '@/lib/auth/issue-tokens';
import { consumeLimit, LIMITS } from '@/lib/auth/rate-limit';
import { json, parseJsonBody } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const POST = withPublic(async ({ req }) => {
  await consumeLimit(LIMITS.refreshIp, clientIp(req.headers));
  const { refreshToken } = await parseJsonBody(req, refreshSchema);
  return json(await rotateRefreshToken(refreshToken), 200, { 'cache-control': 'no-store' });
}, { changesSessions: true });
