// The handler wrapper every route uses: request id, who is asking, same-origin check for
// cookie-authenticated writes, no NUL characters in the query, error conversion (a database
// outage is a 503), no caching of authenticated JSON, and a timing log line.
import { randomUUID } from 'node:crypto';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { resolveRequestUser, type SessionUser } from '@/lib/auth/resolve-session';
import { invalidateSessionCacheLocally } from '@/lib/auth/session-cache';
import { isDatabaseUnavailable, isRejectedValue } from './database-errors';
import { env } from './env';
import { AppError } from './errors';
import { log } from './log';
import { findNulCharacter, nulCharacterError, readJsonBody } from './read-json-body';
import { assertSameOrigin } from './same-origin';
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
/** How long a client should wait before trying again while the database is unreachable. */
const OUTAGE_RETRY_AFTER_SECONDS = 5;

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
    let user: SessionUser | null = null;
    try {
      assertSameOrigin(req);
      assertNoNulInQuery(req);
      const params = ((await routeContext?.params) ?? {}) as P;
      user = await resolveRequestUser(req);
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
    // What a signed-in person gets (their GPS positions, key names, e-mail) stays out of every
    // cache, the browser's disk cache included.
    if (user && response.headers.get('content-type')?.startsWith('application/json')) response.headers.set('cache-control', 'no-store');
    if (hstsHeader) response.headers.set('strict-transport-security', hstsHeader);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    log.info({ requestId, method: req.method, path: new URL(req.url).pathname, status: response.status, ms }, 'request');
    return response;
  };
}

function assertNoNulInQuery(req: Request): void {
  const field = findNulCharacter(Object.fromEntries(new URL(req.url).searchParams));
  if (field !== null) throw nulCharacterError(field);
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
  if (isDatabaseUnavailable(error)) {
    log.error({ requestId, err: error }, 'database unreachable');
    return json(
      { error: { code: 'unavailable', message: 'The database cannot be reached right now. Try again in a moment.' } },
      503,
      { 'retry-after': String(OUTAGE_RETRY_AFTER_SECONDS) },
    );
  }
  if (isRejectedValue(error)) {
    // A value zod let through but PostgreSQL cannot take (out of range, bad encoding).
    log.warn({ requestId, err: error }, 'value refused by the database');
    return json({ error: { code: 'validation_failed', message: 'A value is out of the range Shoebox can store.' } }, 422);
  }
  log.error({ requestId, err: error }, 'unhandled error');
  return json({ error: { code: 'internal', message: 'Something went wrong. The log has the details.' } }, 500);
}

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return NextResponse.json(body, { status, headers });
}

/**
 * Parses a JSON body of at most MAX_JSON_BODY_BYTES (413 past it); a body that is not JSON is
 * a 400, one with a NUL character or failing the schema a 422 naming the field.
 */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const body = await readJsonBody(req, env.MAX_JSON_BODY_BYTES);
  const field = findNulCharacter(body);
  if (field !== null) throw nulCharacterError(field);
  return schema.parse(body);
}
