// Response headers that depend on runtime configuration or on the request, on every page: HSTS
// under an https PUBLIC_URL, and a Content-Security-Policy with a fresh script nonce (handed to
// Next in the request headers so that it marks its own scripts with it). Headers only: who may
// see what is decided in handlers and pages, never here. CORS preflights for the API are
// answered here (lib/server/cors.ts): route handlers export no OPTIONS.
import { type NextRequest, NextResponse } from 'next/server';
import { preflightResponse } from '@/lib/server/cors';
import { hstsHeader, pageContentSecurityPolicy } from '@/lib/server/security-headers';

export function proxy(request: NextRequest): Response {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    return request.method === 'OPTIONS' ? preflightResponse(request) : NextResponse.next();
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = pageContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  if (hstsHeader) response.headers.set('strict-transport-security', hstsHeader);
  return response;
}

// API routes set HSTS in their handler wrapper (lib/server/http.ts) and get next.config's CSP;
// skipping them here saves a middleware pass per thumbnail; only CORS preflights (which carry
// Access-Control-Request-Method) come through. Prefetches carry no scripts to run.
export const config = {
  matcher: [
    { source: '/api/:path*', has: [{ type: 'header', key: 'access-control-request-method' }] },
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
