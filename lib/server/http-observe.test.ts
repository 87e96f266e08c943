// What the route wrapper adds around every handler for operating Shoebox: a time limit on
// producing the response, bounded request ids, request metrics by route template, and CORS
// headers for allowed origins only; compression it leaves to Next's server.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { env } from './env';
import { withRoute } from './http';
import { metricsRegistry } from './metrics-registry';

const open = { enter: async () => ({ context: {}, personal: false }) };
const saved = { REQUEST_TIMEOUT_MS: env.REQUEST_TIMEOUT_MS, CORS_ORIGINS: env.CORS_ORIGINS };

afterEach(() => {
  Object.assign(env, saved);
  vi.useRealTimers();
});

describe('request time limit', () => {
  it('answers 504 with the error shape when the handler has not answered in REQUEST_TIMEOUT_MS', async () => {
    vi.useFakeTimers();
    env.REQUEST_TIMEOUT_MS = 50;
    let finish: (r: Response) => void = () => undefined;
    const pending = withRoute(open, () => new Promise<Response>((resolve) => (finish = resolve)))(new Request('http://shoebox.test/api/slow'));
    await vi.advanceTimersByTimeAsync(60);
    const res = await pending;
    expect(res.status).toBe(504);
    expect((await res.json()).error.code).toBe('timeout');
    expect(res.headers.get('x-request-id')).toBeTruthy();
    finish(new Response('late')); // the handler's late answer goes nowhere
  });

  it('does not cut a streamed body that outlasts the limit', async () => {
    vi.useFakeTimers();
    env.REQUEST_TIMEOUT_MS = 50;
    let push: ReadableStreamDefaultController<Uint8Array> | undefined;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (push = c) });
    const res = await withRoute(open, async () => new Response(body, { headers: { 'content-type': 'video/mp4' } }))(new Request('http://shoebox.test/api/stream'));
    await vi.advanceTimersByTimeAsync(500);
    push!.enqueue(new TextEncoder().encode('frames after the limit'));
    push!.close();
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('frames after the limit');
  });
});

describe('compression', () => {
  it("leaves JSON unencoded for Next's server to gzip (Next drops a handler's Content-Encoding and would encode twice)", async () => {
    const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `photo ${i}` })) };
    const res = await withRoute(open, async () => Response.json(big))(new Request('http://shoebox.test/api/list', { headers: { 'accept-encoding': 'gzip, br' } }));
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.json()).toEqual(big);
  });
});

describe('request ids', () => {
  const idOf = async (sent: string) =>
    (await withRoute(open, async () => Response.json({}))(new Request('http://shoebox.test/api/x', { headers: { 'x-request-id': sent } }))).headers.get('x-request-id');

  it("keeps a client's plain id and replaces anything else", async () => {
    expect(await idOf('test-123')).toBe('test-123');
    expect(await idOf('a"}, "admin": true')).not.toContain('admin');
    expect(await idOf('x'.repeat(300))).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('request metrics', () => {
  it('counts requests by route template, method and status, never by the raw path', async () => {
    const handler = withRoute<{ id: string }, object>(open, async () => Response.json({}, { status: 201 }));
    const id = '4f1c9a52-0000-4000-8000-00000000abcd';
    await handler(new Request(`http://shoebox.test/api/assets/${id}/markers`, { method: 'POST' }), { params: Promise.resolve({ id }) });
    const text = await metricsRegistry().metrics();
    expect(text).toContain('shoebox_http_requests_total{route="/api/assets/[id]/markers",method="POST",status="201"} 1');
    expect(text).toMatch(/shoebox_http_request_duration_seconds_count\{route="\/api\/assets\/\[id\]\/markers",method="POST"\} 1/);
    expect(text).not.toContain(id);
  });
});

describe('CORS', () => {
  const call = (origin?: string) =>
    withRoute(open, async () => Response.json({}))(new Request('http://shoebox.test/api/x', { headers: origin ? { origin } : {} }));

  it('sends no CORS headers by default', async () => {
    env.CORS_ORIGINS = undefined;
    const res = await call('https://app.example.org');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('names an allowed origin, varies by origin, and ignores others', async () => {
    env.CORS_ORIGINS = ['https://app.example.org'];
    const allowed = await call('https://app.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(allowed.headers.get('vary')).toContain('origin');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await call('https://evil.example.net');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toContain('origin');
  });

  it('answers * without ever allowing credentials', async () => {
    env.CORS_ORIGINS = '*';
    const res = await call('https://anywhere.example');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
