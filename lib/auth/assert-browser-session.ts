// Some account changes need the person at a signed-in browser: a leaked API key or access
// token must not be able to mint more keys (or delete the owner's) and so outlive its revocation.
import { AppError } from '@/lib/server/errors';
import type { SessionUser } from './auth.schemas';

export function assertBrowserSession(user: SessionUser, what: string): void {
  if (user.via !== 'cookie') throw new AppError('forbidden', `${what} needs a signed-in browser session, not an API key or token.`);
}
