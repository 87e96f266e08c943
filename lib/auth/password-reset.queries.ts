// Prisma of password reset tokens. The account side of a reset (the new hash, the pending
// request flag) is written through lib/users/users.queries.ts, its sessions ended by auth.queries.ts.
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
