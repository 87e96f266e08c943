// Every way a browser signs in ends here: the login form (after loginWithPassword made the
// session row), first-run setup and an invite's registration (the account was just created
// with this password, so the row is made here). The browser gets the sealed session cookie
// and the device cookie that keeps it out of the account's lockout (device-cookie.ts).
import { createSession } from './auth.queries';
import { clientIp } from './client-ip';
import { rememberDevice } from './device-cookie';
import type { LoginMeta } from './login-with-password';
import { DEVICE_COOKIE, deviceCookieHeader, readCookie, sealSession, sessionCookieHeader } from './session-cookie';

/** Who is signing in from where, as the request says (address, browser, device cookie). */
export function browserLoginMeta(headers: Headers): LoginMeta {
  return { ip: clientIp(headers), userAgent: headers.get('user-agent') ?? undefined, deviceCookie: readCookie(headers.get('cookie'), DEVICE_COOKIE) };
}

/** The response headers that hand a browser its session row. */
export async function browserSessionHeaders(headers: Headers, userId: string, sessionId: string): Promise<[string, string][]> {
  const device = rememberDevice(readCookie(headers.get('cookie'), DEVICE_COOKIE), userId);
  return [
    ['set-cookie', sessionCookieHeader(await sealSession(userId, sessionId))],
    ['set-cookie', deviceCookieHeader(device)],
    ['cache-control', 'no-store'],
  ];
}

/** A new browser session for someone whose account was created by this very request. */
export async function startBrowserSession(headers: Headers, userId: string): Promise<[string, string][]> {
  const { ip, userAgent } = browserLoginMeta(headers);
  const session = await createSession(userId, { ip, userAgent }, 'browser');
  return browserSessionHeaders(headers, userId, session.id);
}
