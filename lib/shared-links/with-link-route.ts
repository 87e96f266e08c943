// The wrapper of every public route under /api/s/<token>: lib/auth's public route (errors,
// request id, log line with the token redacted), a generous per-address rate limit, and the
// headers a link's answers always carry — not indexed, no Referer (the token is in the
// address), and JSON never cached.
import { clientIp } from '@/lib/auth/client-ip';
import { consumeLimit, LIMITS } from '@/lib/auth/rate-limit';
import { withPublic } from '@/lib/auth/with-auth';
import type { HandlerContext } from '@/lib/server/http';

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export const LINK_HEADERS = { 'x-robots-tag': 'noindex, nofollow', 'referrer-policy': 'no-referrer' } as const;

export function applyLinkHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(LINK_HEADERS)) headers.set(name, value);
  if (headers.get('content-type')?.startsWith('application/json')) headers.set('cache-control', 'private, no-store');
}

export function withLinkRoute<P>(handler: (ctx: HandlerContext<P>) => Promise<Response>) {
  const inner = withPublic<P>(async (ctx) => {
    await consumeLimit(LIMITS.linkViewIp, clientIp(ctx.req.headers));
    return handler(ctx);
  });
  return async (req: Request, routeContext?: RouteContext): Promise<Response> => {
    const response = await inner(req, routeContext);
    applyLinkHeaders(response.headers);
    return response;
  };
}
