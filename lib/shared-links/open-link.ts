// The first step of everything a link holder asks: the live link (404 otherwise, lib/access),
// then, for a link with a password, a valid unlock cookie (401 otherwise).
import { type LinkHolder, requireLiveLink } from '@/lib/access/link-access';
import { clientIp } from '@/lib/auth/client-ip';
import { consumeLimit, LIMITS } from '@/lib/auth/rate-limit';
import { AppError } from '@/lib/server/errors';
import { isUnlocked } from './unlock-cookie';

export const LOCKED_MESSAGE = 'This link is protected by a password.';

export async function openLink(token: string, cookieHeader: string | null): Promise<LinkHolder> {
  const link = await requireLiveLink(token);
  if (link.passwordHash && !isUnlocked(cookieHeader, link.id, link.passwordHash)) {
    throw new AppError('unauthorized', LOCKED_MESSAGE, { passwordRequired: true });
  }
  return link;
}

export type PageLink = { state: 'missing' } | { state: 'locked' } | { state: 'limited' } | { state: 'open'; link: LinkHolder };

/** For the page: the link, or whether it is missing, locked or asked for too often from this
 * address (the page renders each); counted against the same per-address limit as the API. */
export async function openLinkForPage(token: string, headers: Headers): Promise<PageLink> {
  try {
    await consumeLimit(LIMITS.linkViewIp, clientIp(headers));
    return { state: 'open', link: await openLink(token, headers.get('cookie')) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return { state: 'missing' };
    if (error instanceof AppError && error.code === 'unauthorized') return { state: 'locked' };
    if (error instanceof AppError && error.code === 'rate_limited') return { state: 'limited' };
    throw error;
  }
}
