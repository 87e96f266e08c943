// Cookie naming follows the public URL: over https the cookie is Secure with the __Host-
// prefix (no Domain, Path=/), which browsers enforce.
import { env } from '@/lib/server/env';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const secureCookies = env.PUBLIC_URL.startsWith('https:');
export const SESSION_COOKIE = secureCookies ? '__Host-shoebox.session' : 'shoebox.session';

export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
