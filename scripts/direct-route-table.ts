// Which routes the web server answers without Next (lib/server/direct-routes.ts says how), for
// scripts/web-server.ts and the benches that measure them:
// - the thumbnail: one request per tile, the bulk of all requests;
// - a month of the timeline: up to a megabyte of JSON, which Next would gzip — 19 ms of CPU for
//   a 10,000-asset month to save a third of the bytes (random ids and hashes do not compress),
//   more than the saving is worth on a home network; a reverse proxy on a slow link may
//   compress it instead (docs/operate.md).
// Loaded once Next is prepared: route modules need the request storage Next sets up.
import type { DirectRoute } from '@/lib/server/direct-routes';

export async function loadDirectRoutes(): Promise<DirectRoute[]> {
  const [thumbnail, bucket] = await Promise.all([import('@/app/api/assets/[id]/thumbnail/route'), import('@/app/api/timeline/bucket/route')]);
  return [
    { pattern: /^\/api\/assets\/(?<id>[^/]+)\/thumbnail$/, GET: thumbnail.GET },
    { pattern: /^\/api\/timeline\/bucket$/, GET: bucket.GET },
  ];
}
