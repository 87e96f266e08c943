// The Content-Security-Policy (and the security headers of every response), written once for the places that send them: next.config.mjs
// (every response; fixed at build, so scripts are allowed inline) and proxy.ts via
// security-headers.ts (pages; scripts only with the response's nonce). Plain JavaScript
// because next.config.mjs loads it before any TypeScript is compiled.

/**
 * @param {{ scriptSrc: string; dev: boolean; imgSrc?: string }} options `scriptSrc`: what besides 'self' may
 *   run scripts; `dev`: the dev server needs 'unsafe-eval' for fast refresh; `imgSrc`: another
 *   source of images (the map's tile server, MAP_STYLE_URL).
 * @returns {string}
 */
export function contentSecurityPolicy({ scriptSrc, dev, imgSrc }) {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval': WebAssembly only (the upload panel's SHA-1, hash-wasm), never JavaScript eval.
    `script-src 'self' 'wasm-unsafe-eval' ${scriptSrc}${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${imgSrc ? ` ${imgSrc}` : ''}`,
    "media-src 'self' blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The headers next.config.mjs puts on every response (its CSP allows inline scripts: it is fixed
 * at build; pages replace it with a nonce one), also for a response Next does not make (the web
 * server's direct routes, lib/server/direct-routes.ts).
 * @param {{ dev: boolean }} options
 * @returns {[string, string][]}
 */
export function everyResponseHeaders({ dev }) {
  return [
    ['Content-Security-Policy', contentSecurityPolicy({ scriptSrc: "'unsafe-inline'", dev })],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'same-origin'],
    ['X-Frame-Options', 'DENY'],
  ];
}
