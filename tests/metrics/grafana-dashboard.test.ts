// deploy/grafana/shoebox.json queries only metrics that /api/metrics really serves: every PromQL
// expression of the dashboard is taken apart into metric names, and each must be a sample in a
// scrape made after real requests, a scan and ingest, jobs in every state and a heartbeat.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET as metrics } from '@/app/api/metrics/route';
import { params, request } from '../support/factories';
import { makeObservableState } from '../support/observable-state';
import { parsePrometheusText } from './prometheus-text';
import { metricNamesOf } from './promql-metric-names';

interface Panel {
  title: string;
  targets?: { expr: string }[];
  panels?: Panel[];
}

const dashboard = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../deploy/grafana/shoebox.json'), 'utf8')) as { panels: Panel[] };
const panels = (list: Panel[]): Panel[] => list.flatMap((p) => [p, ...panels(p.panels ?? [])]);
const queries = panels(dashboard.panels).flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, expr: t.expr })));

describe('the Grafana dashboard', () => {
  it('takes metric names out of PromQL the way Prometheus reads it', () => {
    expect(metricNamesOf('histogram_quantile(0.95, sum by (le, route) (rate(shoebox_x_bucket{status=~"5.."}[$__rate_interval])))')).toEqual(['shoebox_x_bucket']);
    expect(metricNamesOf('sum(rate(a_total[5m])) / clamp_min(sum(rate(b_total{route="/api/x"}[5m])), 1e-9) and on (instance) up')).toEqual(['a_total', 'b_total', 'up']);
  });

  it('queries only metrics a real scrape of /api/metrics carries', async () => {
    const { adminCookie } = await makeObservableState();
    const res = await metrics(request('/api/metrics', { cookie: adminCookie }), params({}));
    expect(res.status).toBe(200);
    const scraped = new Set(parsePrometheusText(await res.text()).map((s) => s.name));

    expect(queries.length).toBeGreaterThanOrEqual(15);
    const used = new Set<string>();
    for (const { panel, expr } of queries) {
      const names = metricNamesOf(expr);
      expect(names.length, `${panel}: ${expr}`).toBeGreaterThan(0);
      for (const name of names) {
        expect(scraped.has(name), `${panel}: ${name} is not in the scrape`).toBe(true);
        used.add(name);
      }
    }
    // Every panel group the issue asks for has its metric.
    for (const name of ['shoebox_http_requests_total', 'shoebox_http_request_duration_seconds_bucket', 'shoebox_jobs', 'shoebox_job_queue_depth', 'shoebox_job_oldest_waiting_seconds', 'shoebox_worker_heartbeat_age_seconds', 'shoebox_ingest_assets_per_second', 'shoebox_db_pool_connections', 'shoebox_process_resident_memory_bytes', 'shoebox_process_cpu_seconds_total', 'shoebox_nodejs_eventloop_lag_p99_seconds']) {
      expect(used, name).toContain(name);
    }
  });
});
