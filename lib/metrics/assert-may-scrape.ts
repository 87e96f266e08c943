// Who may read /api/metrics: a scraper sending METRICS_TOKEN as a bearer token, or a signed-in
// administrator. Anyone else gets the answers of any admin route: 401 unsigned, 403 a plain user.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { env } from '@/lib/server/env';
import { AppError } from '@/lib/server/errors';

/** True when the request's bearer token is METRICS_TOKEN, compared in constant time. */
export function carriesMetricsToken(req: Request, token = env.METRICS_TOKEN): boolean {
  const sent = /^Bearer\s+(\S+)$/i.exec(req.headers.get('authorization') ?? '')?.[1];
  if (!token || !sent) return false;
  // Digests have one length whatever was sent, so the comparison's time says nothing of the token.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(sent), digest(token));
}

export function assertMayScrapeMetrics(req: Request, user: SessionUser | undefined): void {
  if (carriesMetricsToken(req)) return;
  if (!user) throw new AppError('unauthorized', 'Send the metrics token (METRICS_TOKEN) as a bearer token, or sign in as an administrator.');
  if (user.role !== 'admin') throw new AppError('forbidden', 'This needs an administrator.');
}
