// Our cookies and their one definition: names, attributes (HttpOnly, SameSite=Lax, Path=/,
// Max-Age, Secure) and the sealed session value. Every route that sets or clears a cookie
// (login, setup, register, logout) goes through here. Naming follows the public URL: over
// https a cookie is Secure with the __Host- prefix (no Domain, Path=/), which browsers enforce.
//
// The session value is sealed with next-auth's JWT helpers (JWE, dir + A256GCM, key derived
// from the auth secret with HKDF): the only part of next-auth Shoebox still uses. It does real
// work, and keeping its format keeps every browser signed in across this change.
import { decode, encode } from 'next-auth/jwt';
import { z } from 'zod';
import { env } from '@/lib/server/env';
import { authSecret } from './auth-secret';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const secureCookies = env.PUBLIC_URL.startsWith('https:');
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

/** The sealed cookie value naming a session row. */
export function sealSession(userId: string, sessionId: string): Promise<string> {
  return encode({ token: { sub: userId, sid: sessionId }, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

const sealedSchema = z.object({ sid: z.uuid() });

/** The session id a cookie value names, or null when it is not one we sealed (or has expired). */
export async function unsealSession(value: string): Promise<string | null> {
  const decoded = await decode({ token: value, secret: authSecret() }).catch(() => null);
  const parsed = sealedSchema.safeParse(decoded);
  return parsed.success ? parsed.data.sid : null;
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
