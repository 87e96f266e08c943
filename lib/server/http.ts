// The handler wrapper every route uses: request id, who is asking, same-origin check for
// cookie-authenticated writes, error conversion and a timing log line.
import { randomUUID } from 'node:crypto';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { resolveRequestUser, type SessionUser } from '@/lib/auth/resolve-session';
import { invalidateSessionCacheLocally } from '@/lib/auth/session-cache';
import { env } from './env';
import { AppError } from './errors';
import { log } from './log';
import { hstsHeader } from './security-headers';

export interface HandlerContext<P> {
  req: Request;
  params: P;
  requestId: string;
}

export interface AuthedContext<P> extends HandlerContext<P> {
  user: SessionUser;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Access = { access: 'public' } | { access: 'user' } | { access: 'admin' };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function withAuth<P = Record<string, string>>(
  handler: (ctx: AuthedContext<P>) => Promise<Response>,
  options: { access: 'user' | 'admin' } = { access: 'user' },
) {
  return wrap<P>(options, handler as (ctx: HandlerContext<P> & { user?: SessionUser }) => Promise<Response>);
}

export function withPublic<P = Record<string, string>>(handler: (ctx: HandlerContext<P>) => Promise<Response>) {
  return wrap<P>({ access: 'public' }, handler);
}

function wrap<P>(options: Access, handler: (ctx: HandlerContext<P> & { user?: SessionUser }) => Promise<Response>) {
  return async (req: Request, routeContext?: RouteContext): Promise<Response> => {
    const started = performance.now();
    const requestId = req.headers.get('x-request-id') ?? randomUUID();
    let response: Response;
    try {
      assertSameOrigin(req);
      const params = ((await routeContext?.params) ?? {}) as P;
      const user = await resolveRequestUser(req);
      if (options.access !== 'public') {
        if (!user) throw new AppError('unauthorized', 'Sign in to continue.');
        if (options.access === 'admin' && user.role !== 'admin') {
          throw new AppError('forbidden', 'This needs an administrator.');
        }
        if (user.scope === 'read' && !SAFE_METHODS.has(req.method)) {
          throw new AppError('forbidden', 'This API key can only read.');
        }
      }
      response = await handler({ req, params, requestId, user: user ?? undefined });
    } catch (error) {
      response = errorResponse(error, requestId);
    }
    // Any write may have ended a session or changed a user (logout, revoke, disable, reset):
    // this process forgets its checked sessions at once instead of waiting for the NOTIFY.
    if (!SAFE_METHODS.has(req.method)) invalidateSessionCacheLocally();
    response.headers.set('x-request-id', requestId);
    response.headers.set('x-content-type-options', 'nosniff');
    if (hstsHeader) response.headers.set('strict-transport-security', hstsHeader);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    log.info({ requestId, method: req.method, path: new URL(req.url).pathname, status: response.status, ms }, 'request');
    return response;
  };
}

/** Cookies ride along on cross-site requests; a write must come from our own pages. An
 * Origin of "null" (sandboxed frames, data: URLs, some redirects) is refused too. */
function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  if (req.headers.get('sec-fetch-site') === 'cross-site') throw new AppError('forbidden', 'Cross-site request refused.');
  const origin = req.headers.get('origin');
  if (origin === null) return; // non-browser clients send none; browsers always do on POST
  const own = new Set([new URL(env.PUBLIC_URL).origin, new URL(req.url).origin]);
  if (!own.has(origin)) throw new AppError('forbidden', 'Cross-site request refused.');
}

export function errorResponse(error: unknown, requestId: string): Response {
  if (error instanceof AppError) {
    if (error.status >= 500) log.error({ requestId, err: error }, error.message);
    const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    const headers = error.code === 'rate_limited' && retryAfter ? { 'retry-after': String(retryAfter) } : undefined;
    return json({ error: { code: error.code, message: error.message, details: error.details } }, error.status, headers);
  }
  if (error instanceof z.ZodError) {
    return json(
      { error: { code: 'validation_failed', message: 'Some fields are not valid.', details: z.flattenError(error) } },
      422,
    );
  }
  log.error({ requestId, err: error }, 'unhandled error');
  return json({ error: { code: 'internal', message: 'Something went wrong. The log has the details.' } }, 500);
}

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return NextResponse.json(body, { status, headers });
}

/** Parses a JSON body; a body that is not JSON is a 400, one that fails the schema a 422. */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new AppError('bad_request', 'The request body must be JSON.');
  }
  return schema.parse(body);
}
