// Routes the web server answers itself, before Next's request handler (which ones and why:
// scripts/direct-route-table.ts). The handler is the same exported route
// handler Next would call (lib/server/http.ts's wrapper: who is asking, access, error shape,
// headers, log line, metrics); what is skipped is Next's own work per request (route matching,
// its request stores, the response conversion, the header rules of next.config.mjs, whose
// headers are added here from the same list; and its compression). bench/thumbnails.ts
// measures both paths.
// Only GET with a path that matches: anything else (HEAD, another method) goes to Next as before.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { everyResponseHeaders } from './content-security-policy.mjs';
import { log } from './log';

type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface DirectRoute {
  /** The path (no query), with named groups for the route's params. */
  pattern: RegExp;
  GET: RouteHandler;
}

function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // Only the path and query are read from a GET's URL; the host is not trusted for anything.
  return new Request(`http://localhost${req.url ?? '/'}`, { method: 'GET', headers });
}

/** The handler for this request when a direct route takes it, else null (Next takes it). */
export function directRouteFor(routes: readonly DirectRoute[], dev: boolean) {
  const fixedHeaders = everyResponseHeaders({ dev });
  return (req: IncomingMessage): ((res: ServerResponse) => Promise<void>) | null => {
    if (req.method !== 'GET' || !req.url) return null;
    const query = req.url.indexOf('?');
    const pathname = query === -1 ? req.url : req.url.slice(0, query);
    for (const route of routes) {
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      let params: Record<string, string>;
      try {
        params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
      } catch {
        return null; // a malformed escape: Next answers it as it always did
      }
      return (res) => answer(route.GET, toRequest(req), params, res, fixedHeaders);
    }
    return null;
  };
}

async function answer(handler: RouteHandler, request: Request, params: Record<string, string>, res: ServerResponse, fixedHeaders: [string, string][]): Promise<void> {
  try {
    const response = await handler(request, { params: Promise.resolve(params) });
    for (const [name, value] of fixedHeaders) if (!response.headers.has(name)) res.setHeader(name, value);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (!response.body) return void res.end();
    // A client that goes away mid-file ends the pipeline, which cancels the body (closes the file).
    await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), res).catch(() => undefined);
  } catch (error) {
    // The route wrapper turns every error into its answer; this is for a bug in this module.
    log.error({ err: error instanceof Error ? error.message : String(error) }, 'direct route failed');
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'internal', message: 'Something went wrong.' } }));
    else res.destroy();
  }
}
