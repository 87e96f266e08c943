// Who is asking: the sealed cookie names a session row; the row decides. Middleware never
// decides alone — handlers and pages call this.
import { decode } from 'next-auth/jwt';
import { z } from 'zod';
import { findLiveSession } from './auth.queries';
import { authSecret } from './auth-secret';
import { readCookie, SESSION_COOKIE } from './session-cookie';
import type { SessionUser } from './auth.schemas';

export type { SessionUser };

const tokenSchema = z.object({ sid: z.uuid() });

export async function resolveSessionToken(token: string | undefined): Promise<SessionUser | null> {
  if (!token) return null;
  const decoded = await decode({ token, secret: authSecret() }).catch(() => null);
  const parsed = tokenSchema.safeParse(decoded);
  if (!parsed.success) return null;
  return findLiveSession(parsed.data.sid);
}

export function resolveRequestUser(req: Request): Promise<SessionUser | null> {
  return resolveSessionToken(readCookie(req.headers.get('cookie'), SESSION_COOKIE));
}
