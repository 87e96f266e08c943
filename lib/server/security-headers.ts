// Headers that depend on runtime configuration. HSTS only when people reach us over https
// (PUBLIC_URL): on a plain-http install it would lock browsers out. The map's tile server
// (MAP_STYLE_URL) may serve the pages' images. Read at runtime, unlike next.config.mjs
// headers, which are fixed at build.
import { contentSecurityPolicy } from './content-security-policy.mjs';
import { env } from './env';

export const hstsHeader: string | null = env.PUBLIC_URL.startsWith('https:') ? 'max-age=31536000; includeSubDomains' : null;

/** The origin of MAP_STYLE_URL's tiles for img-src (`{s}` subdomains as a wildcard), or none. */
export function tileImageSource(template: string | undefined): string | undefined {
  const match = template && /^(https?:\/\/[^/?#]+)/.exec(template);
  if (!match) return undefined;
  return match[1].replace(/\{s\}/g, '*').replace(/\{[^}]*\}/g, '*');
}
const tileSource = tileImageSource(env.MAP_STYLE_URL);

/**
 * The pages' Content-Security-Policy: scripts run only with this response's nonce (Next puts
 * it on its own scripts when it finds it in the request's CSP header) or when loaded by such a
 * script ('strict-dynamic'), so an injected inline script does not run. Styles keep
 * 'unsafe-inline' (React style attributes). The dev server needs 'unsafe-eval' for fast refresh.
 */
export function pageContentSecurityPolicy(nonce: string): string {
  return contentSecurityPolicy({ scriptSrc: `'nonce-${nonce}' 'strict-dynamic'`, dev: env.NODE_ENV === 'development', imgSrc: tileSource });
}
