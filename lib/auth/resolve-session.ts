// Who is asking: a bearer token (API key `sbk_…` or access token `sba_…`) or the sealed cookie
// naming a session row; the database row decides. Middleware never decides alone — handlers
// and pages call this.
import { findUserByApiKey } from './api-keys.queries';
import { findLiveSession } from './auth.queries';
import { hashToken } from './secret-token';
import { cachedSession, rememberSession, sessionCacheGeneration } from './session-cache';
import { readCookie, SESSION_COOKIE, unsealSession } from './session-cookie';
import { findUserByAccessToken } from './tokens.queries';
import type { SessionUser } from './auth.schemas';

export type { SessionUser };

export async function resolveSessionToken(token: string | undefined): Promise<SessionUser | null> {
  if (!token) return null;
  const cached = cachedSession(token);
  if (cached) return cached;
  const generation = sessionCacheGeneration();
  const sessionId = await unsealSession(token);
  if (!sessionId) return null;
  const live = await findLiveSession(sessionId);
  if (!live) return null;
  rememberSession(token, live.user, live.expiresAt, generation);
  return live.user;
}

async function resolveBearer(token: string): Promise<SessionUser | null> {
  if (token.length > 200) return null;
  if (token.startsWith('sbk_')) return findUserByApiKey(hashToken(token));
  if (token.startsWith('sba_')) return findUserByAccessToken(hashToken(token));
  return null;
}

/** A request with an Authorization header is judged by it alone (a bad token is not "try the cookie"). */
export function resolveRequestUser(req: Request): Promise<SessionUser | null> {
  const authorization = req.headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match ? resolveBearer(match[1]) : Promise.resolve(null);
  }
  return resolveSessionToken(readCookie(req.headers.get('cookie'), SESSION_COOKIE));
}
