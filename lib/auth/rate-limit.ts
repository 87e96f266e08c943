// The limits, in one place. Every limited action counts itself first — one atomic increment —
// and goes on only when that count is within the limit, so parallel requests cannot all read
// "under the limit" before any is recorded. Password checks then give back what a success
// should not cost (clearing the account's failures, refunding the IP's hit): the right
// password keeps working until the limit is reached.
import { AppError } from '@/lib/server/errors';
import { clearRateLimit, hitRateLimit, refundRateLimit, type WindowState } from './rate-limits.queries';

export interface Limit {
  name: string;
  max: number;
  windowSeconds: number;
}

const FIFTEEN_MINUTES = 15 * 60;

export const LIMITS = {
  /** At most 10 failed password attempts per account per 15 minutes. */
  loginAccount: { name: 'login:account', max: 10, windowSeconds: FIFTEEN_MINUTES },
  /** A browser that signed in to the account before counts apart (device cookie), so
   * strangers' failures cannot lock its owner out. */
  loginDevice: { name: 'login:device', max: 10, windowSeconds: FIFTEEN_MINUTES },
  /** Higher per IP: a household behind one NAT shares it. */
  loginIp: { name: 'login:ip', max: 50, windowSeconds: FIFTEEN_MINUTES },
  refreshIp: { name: 'refresh:ip', max: 120, windowSeconds: FIFTEEN_MINUTES },
  resetAccount: { name: 'reset:account', max: 3, windowSeconds: FIFTEEN_MINUTES },
  resetIp: { name: 'reset:ip', max: 10, windowSeconds: FIFTEEN_MINUTES },
  /** Setting a new password with a reset link. */
  resetPasswordIp: { name: 'reset-password:ip', max: 10, windowSeconds: FIFTEEN_MINUTES },
  inviteIp: { name: 'invite:ip', max: 20, windowSeconds: FIFTEEN_MINUTES },
  /** Passwords tried on one shared link, from anywhere (lib/shared-links/unlock-shared-link.ts). */
  linkUnlockLink: { name: 'link-unlock:link', max: 20, windowSeconds: FIFTEEN_MINUTES },
  /** Passwords tried from one address, on any link. */
  linkUnlockIp: { name: 'link-unlock:ip', max: 30, windowSeconds: FIFTEEN_MINUTES },
  /** Pages and files under shared links from one address: generous, a grid loads a thumbnail per item. */
  linkViewIp: { name: 'link-view:ip', max: 3000, windowSeconds: 5 * 60 },
} satisfies Record<string, Limit>;

class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 'Too many attempts. Try again later.', { retryAfterSeconds });
  }
}

const keyOf = (limit: Limit, subject: string) => `${limit.name}:${subject.toLowerCase()}`;

function retryAfter(limit: Limit, state: WindowState): number {
  const ends = state.windowStart.getTime() + limit.windowSeconds * 1000;
  return Math.max(1, Math.ceil((ends - Date.now()) / 1000));
}

/** Counts this request, refusing it when it goes over the limit. */
export async function consumeLimit(limit: Limit, subject: string): Promise<void> {
  const state = await hitRateLimit(keyOf(limit, subject), limit.windowSeconds);
  if (state.hits > limit.max) throw new RateLimitedError(retryAfter(limit, state));
}

/** Gives back one counted request (a success that should not use up the limit). */
export function refundLimit(limit: Limit, subject: string): Promise<void> {
  return refundRateLimit(keyOf(limit, subject));
}

export function clearLimit(limit: Limit, subject: string): Promise<void> {
  return clearRateLimit(keyOf(limit, subject));
}
