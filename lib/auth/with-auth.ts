// The auth side of every route: the caller is resolved from the session cookie or API key,
// access is checked (signed in, administrator, read-only key), and after a route that ends or
// changes sessions (declared with `changesSessions`) this process forgets its checked sessions.
// lib/server/http.ts does the rest (errors, headers, log).
import { AppError } from '@/lib/server/errors';
import { type HandlerContext, isSafeMethod, type RouteGuard, withRoute } from '@/lib/server/http';
import type { SessionUser } from './auth.schemas';
import { resolveRequestUser } from './resolve-session';
import { invalidateSessionCacheLocally } from './session-cache';

export interface AuthedContext<P> extends HandlerContext<P> {
  user: SessionUser;
}

type Access = 'public' | 'user' | 'admin';

interface RouteOptions {
  /**
   * The route can end a session or change a user a session shows (logout, revoke, password,
   * reset, profile, role, disable, delete, API keys): this process forgets its checked sessions
   * as soon as it answers, instead of waiting for the database's NOTIFY. Other writes leave
   * every user's cached session alone.
   */
  changesSessions?: boolean;
  /** No request time limit: the handler reads a long body as it arrives (uploads). */
  untimed?: boolean;
}

function authGuard(access: Access, { changesSessions = false }: RouteOptions): RouteGuard<{ user?: SessionUser }> {
  return {
    async enter(req) {
      const user = await resolveRequestUser(req);
      if (access !== 'public') {
        if (!user) throw new AppError('unauthorized', 'Sign in to continue.');
        if (access === 'admin' && user.role !== 'admin') throw new AppError('forbidden', 'This needs an administrator.');
        if (user.scope === 'read' && !isSafeMethod(req.method)) throw new AppError('forbidden', 'This API key can only read.');
      }
      return { context: { user: user ?? undefined }, personal: user !== null };
    },
    leave() {
      if (changesSessions) invalidateSessionCacheLocally();
    },
  };
}

export function withAuth<P = Record<string, string>>(
  handler: (ctx: AuthedContext<P>) => Promise<Response>,
  options: { access?: 'user' | 'admin' } & RouteOptions = {},
) {
  return withRoute<P, { user?: SessionUser }>(authGuard(options.access ?? 'user', options), handler as (ctx: HandlerContext<P> & { user?: SessionUser }) => Promise<Response>, { untimed: options.untimed });
}

/** A route anyone may call; `user` is the caller when they happen to be signed in. */
export function withPublic<P = Record<string, string>>(handler: (ctx: HandlerContext<P> & { user?: SessionUser }) => Promise<Response>, options: RouteOptions = {}) {
  return withRoute<P, { user?: SessionUser }>(authGuard('public', options), handler);
}
