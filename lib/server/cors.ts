// CORS for API clients on other origins (CORS_ORIGINS; off when unset). Such clients
// authenticate with an API key in the Authorization header; credentials (cookies) are never
// allowed cross-origin, for a listed origin or `*` alike, so a session cookie keeps working only
// on our own pages and same-origin protection of cookie writes (same-origin.ts) is untouched.
import { env } from './env';

/** Methods and request headers a cross-origin client may use. */
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id';
/** Response headers a cross-origin script may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = 'x-request-id, retry-after, content-range, accept-ranges';
/** How long a browser may reuse a preflight answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** The Access-Control-Allow-Origin value for this request's Origin, or null when it gets none. */
export function allowedOrigin(origin: string | null, allowed = env.CORS_ORIGINS): string | null {
  if (!allowed || origin === null) return null;
  if (allowed === '*') return '*';
  return allowed.includes(origin) ? origin : null;
}

/** CORS headers for an API response; the answer varies by Origin whenever CORS is on. */
export function applyCorsHeaders(req: Request, headers: Headers, allowed = env.CORS_ORIGINS): void {
  if (!allowed) return;
  if (allowed !== '*') appendVary(headers, 'origin');
  const origin = allowedOrigin(req.headers.get('origin'), allowed);
  if (!origin) return;
  headers.set('access-control-allow-origin', origin);
  headers.set('access-control-expose-headers', EXPOSED_HEADERS);
}

/** The answer to a preflight (OPTIONS with Access-Control-Request-Method): 204, with CORS headers only for an allowed origin. */
export function preflightResponse(req: Request, allowed = env.CORS_ORIGINS): Response {
  const headers = new Headers();
  applyCorsHeaders(req, headers, allowed);
  if (headers.has('access-control-allow-origin')) {
    headers.set('access-control-allow-methods', ALLOWED_METHODS);
    headers.set('access-control-allow-headers', ALLOWED_HEADERS);
    headers.set('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
  }
  return new Response(null, { status: 204, headers });
}

export function appendVary(headers: Headers, name: string): void {
  const vary = headers.get('vary');
  const present = (vary ?? '').split(',').map((v) => v.trim().toLowerCase());
  if (!present.includes(name)) headers.set('vary', vary ? `${vary}, ${name}` : name);
}
