// The HTTP server in front of Next's request handler. Its job: append the TCP peer's
// address to X-Forwarded-For, the way a reverse proxy does. Next itself fills that header only
// when the client sent none (`??=` in next/dist/server/base-server.js), so behind plain
// `next start` a client picks its own address by sending one. With this, the last entry is
// always the peer, and lib/auth/client-ip.ts reads the header from the right. And it hands
// the few direct routes (lib/server/direct-routes.ts) to their handler without Next.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export function appendPeerAddress(req: IncomingMessage): void {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const sent = req.headers['x-forwarded-for'];
  const prior = (Array.isArray(sent) ? sent.join(',') : sent ?? '').trim();
  req.headers['x-forwarded-for'] = prior ? `${prior}, ${peer}` : peer;
}

/** `direct`: a route answered before Next (lib/server/direct-routes.ts), or null for Next. */
export function createWebServer(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  direct: (req: IncomingMessage) => ((res: ServerResponse) => Promise<void>) | null = () => null,
): Server {
  return createServer((req, res) => {
    appendPeerAddress(req);
    const route = direct(req);
    void (route ? route(res) : handle(req, res));
  });
}
