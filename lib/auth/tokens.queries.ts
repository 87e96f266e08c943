// Prisma of token clients: access and refresh tokens hanging off a session row (the family).
import { prisma } from '@/lib/server/db';
import type { SessionUser } from './auth.schemas';

export async function storeTokenPair(sessionId: string, access: { hash: string; expiresAt: Date }, refresh: { hash: string; expiresAt: Date }) {
  await prisma().$transaction([
    prisma().accessToken.create({ data: { sessionId, tokenHash: access.hash, expiresAt: access.expiresAt } }),
    prisma().refreshToken.create({ data: { sessionId, tokenHash: refresh.hash, expiresAt: refresh.expiresAt } }),
    prisma().session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(), expiresAt: refresh.expiresAt } }),
  ]);
}

export function findRefreshToken(tokenHash: string) {
  return prisma().refreshToken.findUnique({
    where: { tokenHash },
    include: { session: { include: { user: { select: { disabledAt: true } } } } },
  });
}

/** Marks a refresh token used; false when another request used it first. */
export async function markRefreshTokenUsed(id: string): Promise<boolean> {
  const { count } = await prisma().refreshToken.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

export async function findUserByAccessToken(tokenHash: string): Promise<SessionUser | null> {
  const row = await prisma().accessToken.findFirst({
    where: {
      tokenHash,
      expiresAt: { gt: new Date() },
      session: { revokedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
    },
    include: { session: { include: { user: { select: { id: true, email: true, name: true, role: true } } } } },
  });
  if (!row) return null;
  return { ...row.session.user, sessionId: row.sessionId, via: 'token', scope: 'read_write' };
}
