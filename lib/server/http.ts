// The handler wrapper every route uses: request id (carried into log lines and queued jobs), a
// guard registered by the caller (who is asking: lib/auth/with-auth.ts), same-origin check for
// cookie-authenticated writes, no NUL characters in the query, a time limit, error conversion (a
// database outage is a 503), no caching of authenticated JSON, CORS, request metrics and a
// timing log line. Compression is Next's server's (docs/operate.md): Next 16 drops a route's
// Content-Encoding header and gzips the body again, so a handler must never encode its own.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { isDatabaseUnavailable, isRejectedValue, isUniqueViolation } from './database-errors';
import { env } from './env';
import { applyCorsHeaders } from './cors';
import { AppError } from './errors';
import { observeHttpRequest, routeTemplate } from './http-metrics';
import { log, loggablePath } from './log';
import { findNulCharacter, nulCharacterError, readJsonBody } from './read-json-body';
import { acceptedRequestId, runWithRequestContext } from './request-context';
import { assertSameOrigin } from './same-origin';
import { hstsHeader } from './security-headers';

export interface HandlerContext<P> {
  req: Request;
  params: P;
  requestId: string;
}

/**
 * What a domain adds around every route (lib/auth/with-auth.ts: who is asking, may they):
 * `enter` runs before the handler and may refuse with an AppError; `personal` marks answers
 * for a signed-in person, which stay out of every cache; `leave` runs after any response.
 */
export interface RouteGuard<C> {
  enter(req: Request): Promise<{ context: C; personal: boolean }>;
  leave?(req: Request): void;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** GET, HEAD and OPTIONS change nothing. */
export const isSafeMethod = (method: string) => SAFE_METHODS.has(method);
/** How long a client should wait before trying again while the database is unreachable. */
const OUTAGE_RETRY_AFTER_SECONDS = 5;

/**
 * A route handler with the house's checks, error shape, headers and request log around it.
 * `untimed`: no REQUEST_TIMEOUT_MS, for a handler that reads a long request body as it arrives
 * (an upload's chunk over a slow phone connection takes as long as it takes).
 */
export function withRoute<P, C>(guard: RouteGuard<C>, handler: (ctx: HandlerContext<P> & C) => Promise<Response>, options: { untimed?: boolean } = {}) {
  return (req: Request, routeContext?: RouteContext): Promise<Response> => {
    const requestId = acceptedRequestId(req.headers.get('x-request-id'));
    return runWithRequestContext({ requestId }, () => answer(req, routeContext, requestId));
  };

  async function answer(req: Request, routeContext: RouteContext | undefined, requestId: string): Promise<Response> {
    const started = performance.now();
    let response: Response;
    let personal = false;
    let params: Record<string, unknown> = {};
    try {
      assertSameOrigin(req);
      assertNoNulInQuery(req);
      params = (await routeContext?.params) ?? {};
      const run = async () => {
        const entered = await guard.enter(req);
        personal = entered.personal;
        return handler({ req, params: params as P, requestId, ...entered.context });
      };
      response = options.untimed ? await run() : await withinTimeLimit(run);
    } catch (error) {
      response = errorResponse(error, requestId);
    }
    guard.leave?.(req);
    response.headers.set('x-request-id', requestId);
    response.headers.set('x-content-type-options', 'nosniff');
    // What a signed-in person gets (their GPS positions, key names, e-mail) stays out of every
    // cache, the browser's disk cache included.
    if (personal && response.headers.get('content-type')?.startsWith('application/json')) response.headers.set('cache-control', 'no-store');
    if (hstsHeader) response.headers.set('strict-transport-security', hstsHeader);
    applyCorsHeaders(req, response.headers);
    const seconds = (performance.now() - started) / 1000;
    const path = new URL(req.url).pathname;
    observeHttpRequest(routeTemplate(path, params), req.method, response.status, seconds);
    log.info({ requestId, method: req.method, path: loggablePath(withoutSecretParams(path, params)), status: response.status, ms: Math.round(seconds * 10_000) / 10 }, 'request');
    return response;
  }
}

/**
 * The handler's response, or a 504 once REQUEST_TIMEOUT_MS has passed without one. The limit
 * covers producing the Response, not streaming its body: a two-hour video stream is not cut.
 * The handler itself runs on (JavaScript cannot stop it); its late answer is dropped.
 */
function withinTimeLimit(produce: () => Promise<Response>): Promise<Response> {
  const limitMs = env.REQUEST_TIMEOUT_MS;
  if (!limitMs) return produce();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AppError('timeout', 'The server took too long to answer. Try again in a moment.')), limitMs);
  });
  return Promise.race([produce(), timedOut]).finally(() => clearTimeout(timer));
}

/** Path parameters that are bearer secrets (a download ticket, a shared link's token): the log
 * shows `[ticket]` in their place. */
const SECRET_PARAMS = ['ticket', 'token'];

function withoutSecretParams(path: string, params: Record<string, unknown>): string {
  const secrets = Object.fromEntries(Object.entries(params).filter(([name]) => SECRET_PARAMS.includes(name)));
  return Object.keys(secrets).length === 0 ? path : routeTemplate(path, secrets);
}

function assertNoNulInQuery(req: Request): void {
  const field = findNulCharacter(Object.fromEntries(new URL(req.url).searchParams));
  if (field !== null) throw nulCharacterError(field);
}

function errorResponse(error: unknown, requestId: string): Response {
  if (error instanceof AppError) {
    // A busy answer (every slot of capped work taken) is the cap working, not a fault.
    if (error.status >= 500 && error.code !== 'busy') log.error({ requestId, err: error }, error.message);
    const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    // Rate limits and busy resources (every transcode slot taken) say when to try again.
    const headers = retryAfter ? { 'retry-after': String(retryAfter) } : undefined;
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
  if (isUniqueViolation(error)) {
    // The check before the write passed, but a parallel request took the same key first.
    log.warn({ requestId, err: error }, 'unique key already taken');
    return json({ error: { code: 'conflict', message: 'This already exists: another request just made it. Reload and try again.' } }, 409);
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
