// The first step of everything a link holder asks: the live link (404 otherwise, lib/access),
// then, for a link with a password, a valid unlock cookie (401 otherwise).
import { type LinkHolder, requireLiveLink } from '@/lib/access/link-access';
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

/** For the page: the link, or whether it is missing or locked (the page renders each). */
export async function openLinkForPage(token: string, cookieHeader: string | null): Promise<{ state: 'missing' } | { state: 'locked' } | { state: 'open'; link: LinkHolder }> {
  try {
    return { state: 'open', link: await openLink(token, cookieHeader) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return { state: 'missing' };
    if (error instanceof AppError && error.code === 'unauthorized') return { state: 'locked' };
    throw error;
  }
}
