// The password form of a protected link. Every attempt is counted first, per link and per
// client address (lib/auth/rate-limit.ts: one atomic increment each), so 50 parallel guesses
// cannot all pass the check before any is recorded; the right password gives its counts back.
// It answers the Set-Cookie headers of the unlock cookie (lib/shared-links/unlock-cookie.ts).
import { requireLiveLink } from '@/lib/access/link-access';
import { clientIp } from '@/lib/auth/client-ip';
import { verifyPassword } from '@/lib/auth/password';
import { consumeLimit, LIMITS, refundLimit } from '@/lib/auth/rate-limit';
import { AppError } from '@/lib/server/errors';
import { unlockCookieHeaders } from './unlock-cookie';

export async function unlockSharedLink(req: Request, token: string, password: string): Promise<string[]> {
  const link = await requireLiveLink(token);
  if (!link.passwordHash) return [];
  const ip = clientIp(req.headers);
  await consumeLimit(LIMITS.linkUnlockIp, ip);
  await consumeLimit(LIMITS.linkUnlockLink, link.id);
  if (!(await verifyPassword(link.passwordHash, password))) throw new AppError('unauthorized', 'Wrong password for this link.');
  await Promise.all([refundLimit(LIMITS.linkUnlockIp, ip), refundLimit(LIMITS.linkUnlockLink, link.id)]);
  return unlockCookieHeaders(token, link.id, link.passwordHash, link.expiresAt);
}
