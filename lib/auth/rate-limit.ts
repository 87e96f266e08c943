// The limits, in one place. Login-like endpoints count failures (the right password keeps
// working until the limit is reached); the others count every request.
import { AppError } from '@/lib/server/errors';
import { clearRateLimit, hitRateLimit, peekRateLimit, type WindowState } from './rate-limits.queries';

export interface Limit {
  name: string;
  max: number;
  windowSeconds: number;
}

const FIFTEEN_MINUTES = 15 * 60;

export const LIMITS = {
  /** At most 10 failed password attempts per account per 15 minutes. */
  loginAccount: { name: 'login:account', max: 10, windowSeconds: FIFTEEN_MINUTES },
  /** Higher per IP: a household behind one NAT shares it. */
  loginIp: { name: 'login:ip', max: 50, windowSeconds: FIFTEEN_MINUTES },
  refreshIp: { name: 'refresh:ip', max: 120, windowSeconds: FIFTEEN_MINUTES },
  resetAccount: { name: 'reset:account', max: 3, windowSeconds: FIFTEEN_MINUTES },
  resetIp: { name: 'reset:ip', max: 10, windowSeconds: FIFTEEN_MINUTES },
  inviteIp: { name: 'invite:ip', max: 20, windowSeconds: FIFTEEN_MINUTES },
} satisfies Record<string, Limit>;

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 'Too many attempts. Try again later.', { retryAfterSeconds });
  }
}

const keyOf = (limit: Limit, subject: string) => `${limit.name}:${subject.toLowerCase()}`;

function retryAfter(limit: Limit, state: WindowState): number {
  const ends = state.windowStart.getTime() + limit.windowSeconds * 1000;
  return Math.max(1, Math.ceil((ends - Date.now()) / 1000));
}

/** Refuses when a limit is already used up, without counting this request. */
export async function assertUnderLimit(limit: Limit, subject: string): Promise<void> {
  const state = await peekRateLimit(keyOf(limit, subject), limit.windowSeconds);
  if (state && state.hits >= limit.max) throw new RateLimitedError(retryAfter(limit, state));
}

/** Counts this request, refusing it when it goes over the limit. */
export async function consumeLimit(limit: Limit, subject: string): Promise<void> {
  const state = await hitRateLimit(keyOf(limit, subject), limit.windowSeconds);
  if (state.hits > limit.max) throw new RateLimitedError(retryAfter(limit, state));
}

/** Counts a failure (the caller already answered it). */
export async function recordFailure(limit: Limit, subject: string): Promise<void> {
  await hitRateLimit(keyOf(limit, subject), limit.windowSeconds);
}

export function clearLimit(limit: Limit, subject: string): Promise<void> {
  return clearRateLimit(keyOf(limit, subject));
}
