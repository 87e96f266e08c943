// Our web server (lib/server/create-web-server.ts) on a loopback port, with route handlers
// behind it instead of Next. The hand-off does what Next's does to the header we care about:
// it fills X-Forwarded-For with the socket address only when the request has none
// (next/dist/server/base-server.js, `??=`), and otherwise passes it on unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebServer } from '@/lib/server/create-web-server';

type Route = (req: Request) => Promise<Response>;

async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  return new Request(`http://localhost:3000${req.url}`, { method: req.method, headers, body });
}

/** Routes by exact URL, or one function that routes every request (tests/support/api-router.ts). */
export async function startLoopbackWebServer(routes: Record<string, Route> | Route) {
  const server = createWebServer(async (req: IncomingMessage, res: ServerResponse) => {
    req.headers['x-forwarded-for'] ??= req.socket.remoteAddress;
    const route = typeof routes === 'function' ? routes : routes[req.url ?? ''];
    const response = route ? await route(await toRequest(req)) : new Response('not found', { status: 404 });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    post: (path: string, json: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(json) }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
