// The cookie a link holder gets for the right password: HttpOnly, SameSite=Lax, scoped to the
// link's page and API paths. Its value is an HMAC (auth secret) of the link id and the current
// password hash, so it cannot be made without the server's secret, is worth nothing on another
// link, and stops working as soon as the password changes or is removed and set again (a new
// salt). A revoked or expired link answers 404 before any cookie is read.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/auth/auth-secret';
import { readCookie } from '@/lib/auth/session-cookie';
import { env } from '@/lib/server/env';

const secure = env.PUBLIC_URL.startsWith('https:');
export const LINK_COOKIE = secure ? '__Secure-shoebox.link' : 'shoebox.link';
const MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

const sign = (linkId: string, passwordHash: string) =>
  createHmac('sha256', authSecret()).update(`shoebox link unlock:${linkId}:${passwordHash}`).digest('base64url');

/** Whether the request carries a valid unlock cookie for this link and password. */
export function isUnlocked(cookieHeader: string | null, linkId: string, passwordHash: string): boolean {
  const value = readCookie(cookieHeader, LINK_COOKIE);
  if (!value || value.length > 100) return false;
  const given = Buffer.from(value);
  const expected = Buffer.from(sign(linkId, passwordHash));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Set-Cookie headers for the link's page and its API (a cookie has one path). */
export function unlockCookieHeaders(token: string, linkId: string, passwordHash: string, expiresAt: Date | null): string[] {
  const untilExpiry = expiresAt ? Math.floor((expiresAt.getTime() - Date.now()) / 1000) : MAX_AGE_SECONDS;
  const maxAge = Math.max(1, Math.min(MAX_AGE_SECONDS, untilExpiry));
  const value = sign(linkId, passwordHash);
  return [`/s/${token}`, `/api/s/${token}`].map(
    (path) => `${LINK_COOKIE}=${value}; Path=${path}; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`,
  );
}
