// Prisma of the auth domain: session rows, and the session lookup that joins its user. Reads
// of accounts alone live in lib/users/users.queries.ts.
import { prisma, type Prisma } from '@/lib/server/db';
import { SESSION_MAX_AGE_SECONDS } from './session-cookie';
import type { SessionUser } from './auth.schemas';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

export type SessionKind = 'browser' | 'token';

export function createSession(userId: string, meta: { userAgent?: string; ip?: string }, kind: SessionKind = 'browser') {
  return prisma().session.create({
    data: {
      userId,
      kind,
      userAgent: meta.userAgent?.slice(0, 400),
      ip: meta.ip?.slice(0, 64),
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
}

/** A live session of an enabled user and when it expires, or null. */
export async function findLiveSession(sessionId: string): Promise<{ user: SessionUser; expiresAt: Date } | null> {
  const session = await prisma().session.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
    include: { user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!session) return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma().session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  return { user: { ...session.user, sessionId: session.id, via: 'cookie', scope: 'read_write' }, expiresAt: session.expiresAt };
}

/** Ends one session. Its callers are routes declared `changesSessions` (logout, refresh), which
 *  drop this process's cached sessions; other processes hear the table's NOTIFY. */
export async function revokeSession(sessionId: string): Promise<void> {
  await prisma().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Revokes a session only if it belongs to the user; false when it does not exist for them. */
export async function revokeOwnSession(userId: string, sessionId: string): Promise<boolean> {
  const { count } = await prisma().session.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}

/**
 * Ends every session (browser and token families) of a user, except one when given: the one
 * query for a password change or reset, disabling and deleting a user.
 */
export async function revokeAllSessions(tx: Prisma.TransactionClient, userId: string, options: { except?: string | null } = {}): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}

export function listLiveSessions(userId: string) {
  return prisma().session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: 'desc' },
    select: { id: true, kind: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
  });
}
