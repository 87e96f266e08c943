// Our cookies and their one attribute definition. Naming follows the public URL: over https a
// cookie is Secure with the __Host- prefix (no Domain, Path=/), which browsers enforce.
import { encode } from 'next-auth/jwt';
import { env } from '@/lib/server/env';
import { authSecret } from './auth-secret';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const secureCookies = env.PUBLIC_URL.startsWith('https:');
export const SESSION_COOKIE = secureCookies ? '__Host-shoebox.session' : 'shoebox.session';
/** Names the accounts this browser signed in to (lib/auth/device-cookie.ts). */
export const DEVICE_COOKIE = secureCookies ? '__Host-shoebox.device' : 'shoebox.device';
const DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The sealed cookie value naming a session row (same format next-auth writes). */
export function sealSession(userId: string, sessionId: string): Promise<string> {
  return encode({ token: { sub: userId, sid: sessionId }, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

function cookieHeader(name: string, value: string, maxAgeSeconds: number): string {
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secureCookies ? '; Secure' : ''}`;
}

export function sessionCookieHeader(value: string): string {
  return cookieHeader(SESSION_COOKIE, value, SESSION_MAX_AGE_SECONDS);
}

export function clearedSessionCookieHeader(): string {
  return cookieHeader(SESSION_COOKIE, '', 0);
}

export function deviceCookieHeader(value: string): string {
  return cookieHeader(DEVICE_COOKIE, value, DEVICE_MAX_AGE_SECONDS);
}
