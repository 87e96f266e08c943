import { prisma } from '@/lib/server/db';

const DAY = 24 * 60 * 60 * 1000;

export async function deleteExpiredAuthRows(now: Date) {
  const db = prisma();
  const weekAgo = new Date(now.getTime() - 7 * DAY);
  const [access, refresh, resets, invites, sessions, limits] = await db.$transaction([
    db.accessToken.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.refreshToken.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { usedAt: { lt: weekAgo } }] } }),
    db.passwordResetToken.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { usedAt: { not: null } }] } }),
    db.invite.deleteMany({ where: { OR: [{ expiresAt: { lt: weekAgo } }, { usedAt: { lt: weekAgo } }] } }),
    db.session.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { revokedAt: { lt: weekAgo } }] } }),
    db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - DAY) } } }),
  ]);
  return { access: access.count, refresh: refresh.count, resets: resets.count, invites: invites.count, sessions: sessions.count, limits: limits.count };
}
