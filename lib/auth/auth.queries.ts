// The only Prisma of the auth domain.
import { prisma } from '@/lib/server/db';
import { SESSION_MAX_AGE_SECONDS } from './session-cookie';
import type { SessionUser } from './auth.schemas';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

export function findUserByEmail(email: string) {
  return prisma().user.findUnique({ where: { email } });
}

export function countUsers(): Promise<number> {
  return prisma().user.count();
}

export function createSession(userId: string, meta: { userAgent?: string; ip?: string }) {
  return prisma().session.create({
    data: {
      userId,
      userAgent: meta.userAgent?.slice(0, 400),
      ip: meta.ip?.slice(0, 64),
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
}

/** A live session of an enabled user, or null. */
export async function findLiveSession(sessionId: string): Promise<SessionUser | null> {
  const session = await prisma().session.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
    include: { user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!session) return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma().session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  return { ...session.user, sessionId: session.id };
}

export async function revokeSession(sessionId: string): Promise<void> {
  await prisma().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
