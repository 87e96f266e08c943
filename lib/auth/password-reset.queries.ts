// Prisma of password reset tokens.
import { prisma, type Prisma } from '@/lib/server/db';

export function insertResetToken(tx: Prisma.TransactionClient, userId: string, tokenHash: string, expiresAt: Date) {
  return tx.passwordResetToken.create({ data: { userId, tokenHash, expiresAt }, select: { id: true } });
}

/** Consumes a token atomically; the user id when it was valid, else null. */
export async function consumeResetToken(tx: Prisma.TransactionClient, tokenHash: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ user_id: string }[]>`
    UPDATE password_reset_tokens SET used_at = now()
    WHERE token_hash = ${tokenHash} AND used_at IS NULL AND expires_at > now()
    RETURNING user_id`;
  return rows[0]?.user_id ?? null;
}

/** Read-only: whether a link would work now (consuming it is consumeResetToken's job). */
export async function resetTokenUsable(tokenHash: string): Promise<boolean> {
  const row = await prisma().passwordResetToken.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return row !== null;
}

/** A new password makes every other outstanding link of the user useless. */
export async function burnResetTokens(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
}

export async function setPasswordAndEndSessions(tx: Prisma.TransactionClient, userId: string, passwordHash: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { passwordHash, resetRequestedAt: null } });
  await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Mail off: the request waits on the account until an admin makes a link or the password changes. */
export async function noteResetRequest(userId: string): Promise<void> {
  await prisma().user.update({ where: { id: userId }, data: { resetRequestedAt: new Date() } });
}

export async function clearResetRequest(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.user.updateMany({ where: { id: userId, resetRequestedAt: { not: null } }, data: { resetRequestedAt: null } });
}

export function findResetCandidate(email: string) {
  return prisma().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, disabledAt: true } });
}
