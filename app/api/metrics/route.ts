// GET /api/metrics – Prometheus metrics (text format): HTTP requests, jobs and queue, worker
// heartbeats, ingest throughput, database pool, Node process. For a scraper with METRICS_TOKEN
// as its bearer token, or an administrator.
import { assertMayScrapeMetrics } from '@/lib/metrics/assert-may-scrape';
import { scrapeMetrics } from '@/lib/metrics/scrape-metrics';
import { withPublic } from '@/lib/auth/with-auth';

export const dynamic = 'force-dynamic';

export const GET = withPublic(async ({ req, user }) => {
  assertMayScrapeMetrics(req, user);
  const { contentType, body } = await scrapeMetrics();
  return new Response(body, { headers: { 'content-type': contentType, 'cache-control': 'no-store' } });
});
