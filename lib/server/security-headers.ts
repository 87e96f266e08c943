// Headers that depend on runtime configuration. HSTS only when people reach us over https
// (PUBLIC_URL): on a plain-http install it would lock browsers out. Read at runtime, unlike
// next.config.mjs headers, which are fixed at build.
import { env } from './env';

export const hstsHeader: string | null = env.PUBLIC_URL.startsWith('https:') ? 'max-age=31536000; includeSubDomains' : null;

/**
 * The pages' Content-Security-Policy: scripts run only with this response's nonce (Next puts
 * it on its own scripts when it finds it in the request's CSP header) or when loaded by such a
 * script ('strict-dynamic'), so an injected inline script does not run. Styles keep
 * 'unsafe-inline' (React style attributes). The dev server needs 'unsafe-eval' for fast refresh.
 */
export function pageContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}
