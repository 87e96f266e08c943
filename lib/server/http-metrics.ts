// HTTP metrics recorded by the route wrapper (lib/server/http.ts): requests by route, method
// and status, and their latency. A route is labelled by its template (`/api/assets/[id]`), never
// the path it was called with: ids would make a series per photo, and they are personal.
import { Counter, Histogram } from 'prom-client';
import { registeredMetric } from './metrics-registry';

const requests = () =>
  registeredMetric(
    'shoebox_http_requests_total',
    (registry) => new Counter({ name: 'shoebox_http_requests_total', help: 'HTTP requests answered by API route handlers, by route template, method and status.', labelNames: ['route', 'method', 'status'], registers: [registry] }),
  );

const duration = () =>
  registeredMetric(
    'shoebox_http_request_duration_seconds',
    (registry) =>
      new Histogram({
        name: 'shoebox_http_request_duration_seconds',
        help: 'Time to produce the response of an API route (streamed bodies not included), by route template and method.',
        labelNames: ['route', 'method'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
        registers: [registry],
      }),
  );

/**
 * `/api/assets/0b5…/thumbnail` with params `{ id: '0b5…' }` → `/api/assets/[id]/thumbnail`: each
 * path segment equal to a param's value becomes that param's name. Catch-all params (arrays)
 * fold their segments into `[...name]`.
 */
export function routeTemplate(pathname: string, params: Record<string, unknown>): string {
  const segments = pathname.split('/');
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') {
      const at = segments.findIndex((s) => safeDecode(s) === value);
      if (at > 0) segments[at] = `[${name}]`;
    } else if (Array.isArray(value) && value.length) {
      const first = segments.findIndex((s, i) => value.every((v, j) => safeDecode(segments[i + j] ?? '') === v));
      if (first > 0) segments.splice(first, value.length, `[...${name}]`);
    }
  }
  return segments.join('/');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function observeHttpRequest(route: string, method: string, status: number, seconds: number): void {
  requests().inc({ route, method, status: String(status) });
  duration().observe({ route, method }, seconds);
}
