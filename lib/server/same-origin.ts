// Cookies ride along on cross-site requests, so a cookie-authenticated write must come from
// our own pages. "Our own" is the origin the browser actually used: whatever address people
// type (localhost, 127.0.0.1, the LAN address, a host name) reaches this same server, so an
// Origin naming the Host the request was sent to is ours, as is PUBLIC_URL's origin and any
// request the browser itself marks Sec-Fetch-Site: same-origin (a header pages cannot forge).
// An Origin of "null" (sandboxed frames, data: URLs, some redirects) is refused. Requests
// authenticated by a bearer token carry no ambient credential and are not checked.
import { env } from './env';
import { AppError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function refused(origin: string | null): AppError {
  return new AppError(
    'forbidden',
    `Cross-site request refused: this page's origin (${origin ?? 'unknown'}) is not the address this server was reached at. ` +
      `Behind a reverse proxy, set PUBLIC_URL to the address people use (now ${env.PUBLIC_URL}) or have the proxy pass the Host header through.`,
  );
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  // A request carrying a bearer token is judged by that token alone, never by the cookie
  // (lib/auth/resolve-session.ts), and a page cannot make a browser attach one for it: nothing
  // ambient to misuse. This lets API clients on origins listed in CORS_ORIGINS write.
  if (/^Bearer\s+\S+$/i.test(req.headers.get('authorization') ?? '')) return;
  const fetchSite = req.headers.get('sec-fetch-site');
  const origin = req.headers.get('origin');
  if (fetchSite === 'cross-site') throw refused(origin);
  if (fetchSite === 'same-origin') return;
  if (origin === null) return; // non-browser clients send none; browsers always do on POST
  if (origin === new URL(env.PUBLIC_URL).origin || origin === new URL(req.url).origin) return;
  const host = req.headers.get('host');
  if (host !== null && hostOf(origin) === host.toLowerCase()) return;
  throw refused(origin);
}
