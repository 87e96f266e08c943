// GET /api/metrics after real requests, a real scan and ingest, and jobs in every state: the
// route template and status of requests, job counts by task and state, the heartbeat, ingest
// throughput, pool and process metrics; who may read it (token, admin) and who may not.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as metrics } from '@/app/api/metrics/route';
import { GET as health } from '@/app/api/health/route';
import { GET as assetDetails } from '@/app/api/assets/[id]/route';
import { env } from '@/lib/server/env';
import { createUser, params, request, signIn } from '../support/factories';
import { makeObservableState, OBSERVED_WORKER_ID } from '../support/observable-state';
import { parsePrometheusText, type Sample } from './prometheus-text';

const TOKEN = 'scraper-token-0123456789abcdef';
const saved = env.METRICS_TOKEN;
afterEach(() => {
  env.METRICS_TOKEN = saved;
});

let state: Awaited<ReturnType<typeof makeObservableState>>;
beforeAll(async () => {
  state = await makeObservableState();
  await health(request('/api/health'), params({}));
  await assetDetails(request('/api/assets/00000000-0000-4000-8000-000000000000', { cookie: state.adminCookie }), params({ id: '00000000-0000-4000-8000-000000000000' }));
});

const scrape = async (headers: Record<string, string> = {}, cookie?: string) => metrics(request('/api/metrics', { headers, cookie }), params({}));
const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).map((s) => s.value);

describe('GET /api/metrics', () => {
  it('lets in the metrics token and an admin, and no one else', async () => {
    env.METRICS_TOKEN = TOKEN;
    expect((await scrape({ authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await scrape({ authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await scrape()).status).toBe(401);
    const user = await createUser();
    expect((await scrape({}, (await signIn(user.id)).cookie)).status).toBe(403);
    expect((await scrape({}, state.adminCookie)).status).toBe(200);
    env.METRICS_TOKEN = undefined;
    expect((await scrape({ authorization: `Bearer ${TOKEN}` })).status).toBe(401);
  });

  it('reports requests by route template, jobs by state, the heartbeat, ingests, the pool and the process', async () => {
    const res = await scrape({}, state.adminCookie);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    const samples = parsePrometheusText(text);

    expect(value(samples, 'shoebox_http_requests_total', { route: '/api/libraries/[id]/scan', method: 'POST', status: '202' })).toEqual([1]);
    expect(value(samples, 'shoebox_http_requests_total', { route: '/api/assets/[id]', method: 'GET', status: '404' })).toEqual([1]);
    expect(value(samples, 'shoebox_http_request_duration_seconds_count', { route: '/api/health', method: 'GET' })[0]).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(state.library.id);

    expect(value(samples, 'shoebox_jobs', { task: 'faces:cluster', state: 'waiting' })).toEqual([1]);
    expect(value(samples, 'shoebox_jobs', { task: 'auth:cleanup-tokens', state: 'scheduled' })).toEqual([1]);
    expect(value(samples, 'shoebox_jobs', { task: 'user:delete', state: 'failed' })).toEqual([1]);
    expect(value(samples, 'shoebox_jobs', { task: 'user:delete', state: 'waiting' })).toEqual([0]);
    expect(value(samples, 'shoebox_job_counts_exact')).toEqual([1]);
    // The scan's ML analysis waits too (run-jobs runs as a --no-ml worker).
    expect(value(samples, 'shoebox_job_queue_depth')[0]).toBeGreaterThanOrEqual(1);
    expect(value(samples, 'shoebox_job_oldest_waiting_seconds')[0]).toBeGreaterThan(0);

    const beat = samples.find((s) => s.name === 'shoebox_worker_heartbeat_age_seconds' && s.labels.worker_id === OBSERVED_WORKER_ID);
    expect(beat?.labels).toMatchObject({ hostname: 'observed-host', flags: 'no-ml' });
    expect(beat!.value).toBeLessThan(60);
    expect(value(samples, 'shoebox_workers_fresh')).toEqual([1]);

    expect(value(samples, 'shoebox_ingested_assets_5m')).toEqual([1]);
    expect(value(samples, 'shoebox_ingest_assets_per_second')).toEqual([1 / 300]);
    expect(value(samples, 'shoebox_db_pool_connections', { state: 'max' })).toEqual([10]);
    expect(value(samples, 'shoebox_db_pool_connections', { state: 'busy' }).length).toBe(1);
    expect(value(samples, 'shoebox_process_resident_memory_bytes')[0]).toBeGreaterThan(0);
    expect(value(samples, 'shoebox_nodejs_eventloop_lag_p99_seconds').length).toBe(1);
  });
});
