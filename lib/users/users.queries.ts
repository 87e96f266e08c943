// Prisma of the users domain: accounts as an admin sees them, invites, profile changes.
import { prisma, type Prisma } from '@/lib/server/db';

const userDto = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, resetRequestedAt: true } as const;

export function listUsers() {
  return prisma().user.findMany({ orderBy: { createdAt: 'asc' }, select: userDto });
}

export function findUserDto(id: string, tx: Prisma.TransactionClient = prisma()) {
  return tx.user.findUnique({ where: { id }, select: userDto });
}

export function updateUser(id: string, data: Prisma.UserUpdateInput, tx: Prisma.TransactionClient = prisma()) {
  return tx.user.update({ where: { id }, data, select: userDto });
}

/** Serialises changes that could remove an admin (held until the transaction ends). */
export async function lockAdminChanges(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('shoebox:active-admins'))`;
}

export async function activeAdminIds(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { role: 'admin', disabledAt: null }, select: { id: true } });
  return rows.map((r) => r.id);
}

export function insertInvite(tx: Prisma.TransactionClient, data: Prisma.InviteUncheckedCreateInput) {
  return tx.invite.create({ data, select: { id: true, email: true, role: true, expiresAt: true, createdAt: true } });
}

export function listPendingInvites() {
  return prisma().invite.findMany({
    where: { usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}

export async function deletePendingInvite(id: string): Promise<boolean> {
  return (await prisma().invite.deleteMany({ where: { id, usedAt: null } })).count > 0;
}

/** Takes an invite atomically: of two concurrent redemptions only one gets the row. */
export async function claimInvite(tx: Prisma.TransactionClient, tokenHash: string) {
  const rows = await tx.$queryRaw<{ id: string; email: string | null; role: 'admin' | 'user' }[]>`
    UPDATE invites SET used_at = now()
    WHERE token_hash = ${tokenHash} AND used_at IS NULL AND expires_at > now()
    RETURNING id, email, role::text AS role`;
  return rows[0] ?? null;
}

/** Registration attempts one invitation allows: typos and a second thought, not a list of addresses. */
export const INVITE_ATTEMPTS = 5;

/** Counts one registration attempt with a usable invite; its count and bound address, or null. */
export async function countInviteAttempt(tokenHash: string) {
  const rows = await prisma().$queryRaw<{ attempts: number; email: string | null }[]>`
    UPDATE invites SET attempts = attempts + 1
    WHERE token_hash = ${tokenHash} AND used_at IS NULL AND expires_at > now()
    RETURNING attempts, email`;
  return rows[0] ?? null;
}

/** Read-only look at an invite for the register page: opening the link never uses it. */
export function findUsableInvite(tokenHash: string) {
  return prisma().invite.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() }, attempts: { lt: INVITE_ATTEMPTS } },
    select: { email: true, expiresAt: true },
  });
}

export function emailTaken(tx: Prisma.TransactionClient | ReturnType<typeof prisma>, email: string) {
  return tx.user.findUnique({ where: { email }, select: { id: true } }).then(Boolean);
}

/** Creates the invited user and records who used the invite. */
export async function insertInvitedUser(
  tx: Prisma.TransactionClient,
  inviteId: string,
  data: { email: string; name: string; passwordHash: string; role: 'admin' | 'user' },
) {
  const user = await tx.user.create({ data, select: { id: true, email: true, name: true, role: true } });
  await tx.invite.update({ where: { id: inviteId }, data: { usedById: user.id } });
  return user;
}
