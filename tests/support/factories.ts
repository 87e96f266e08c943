// Test data made per test, through the same code paths the app uses where that matters
// (password hashing, session rows, sealed session cookies).
import { randomBytes } from 'node:crypto';
import { createSession } from '@/lib/auth/auth.queries';
import { hashPassword } from '@/lib/auth/password';
import { sealSession, SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { prisma } from '@/lib/server/db';
import type { Role } from '@/lib/server/generated/prisma/enums';

export async function createUser(overrides: { role?: Role; password?: string; email?: string } = {}) {
  const password = overrides.password ?? `pw-${randomBytes(6).toString('hex')}`;
  const user = await prisma().user.create({
    data: {
      email: overrides.email ?? `user-${randomBytes(4).toString('hex')}@example.test`,
      name: 'Test User',
      passwordHash: await hashPassword(password),
      role: overrides.role ?? 'user',
    },
  });
  return { ...user, password };
}

/** A signed-in browser: a live session row and the sealed cookie that names it. */
export async function signIn(userId: string): Promise<{ cookie: string; sessionId: string }> {
  const session = await createSession(userId, { userAgent: 'vitest' });
  const token = await sealSession(userId, session.id);
  return { cookie: `${SESSION_COOKIE}=${token}`, sessionId: session.id };
}

export function request(path: string, init: RequestInit & { cookie?: string; json?: unknown } = {}): Request {
  const { cookie, json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (cookie) headers.set('cookie', cookie);
  if (json !== undefined) headers.set('content-type', 'application/json');
  return new Request(`http://localhost:3000${path}`, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
}

export const params = <P extends Record<string, string>>(p: P) => ({ params: Promise.resolve(p) });
