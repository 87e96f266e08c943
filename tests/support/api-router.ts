// Every route handler under app/api behind one function, as Next routes them: the URL's path
// matched against the folders (`[id]` takes one segment), the method's export called with the
// params. With startLoopbackWebServer's server (lib/server/create-web-server.ts) it makes a real
// HTTP server for clients that speak HTTP (the typed client).
import { readdirSync } from 'node:fs';
import path from 'node:path';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const apiDir = path.resolve(import.meta.dirname, '../../app/api');

function routeFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routeFiles(path.join(dir, entry.name), prefix ? `${prefix}/${entry.name}` : entry.name);
    return entry.name === 'route.ts' ? [prefix] : [];
  });
}

// Fixed segments before [params], so /api/me/libraries is not taken for /api/me/[x].
const routes = routeFiles(apiDir)
  .map((route) => ({
    route,
    pattern: new RegExp(`^/api/${route.replace(/\./g, '\\.').replace(/\[(\w+)\]/g, '(?<$1>[^/]+)')}$`),
    dynamic: (route.match(/\[/g) ?? []).length,
  }))
  .sort((a, b) => a.dynamic - b.dynamic);

export async function routeApiRequest(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  for (const { route, pattern } of routes) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const mod = (await import(path.join(apiDir, route, 'route.ts'))) as Record<string, Handler>;
    const handler = mod[req.method];
    if (!handler) return new Response(null, { status: 405 });
    const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
    return handler(req, { params: Promise.resolve(params) });
  }
  return new Response('not found', { status: 404 });
}
