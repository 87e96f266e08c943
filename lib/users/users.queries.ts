// Prisma of the users domain, and the home of every read of the users table: accounts as an
// admin sees them, by id or email (credential checks included), counts, invites, profile and
// password changes. Other rooms read accounts through here; only reads that join a session or
// an API key to its user stay in lib/auth (auth.queries.ts, tokens.queries.ts, api-keys.queries.ts).
import type { Role } from '@/lib/server/generated/prisma/enums';
import { prisma, type Prisma } from '@/lib/server/db';

type Db = Prisma.TransactionClient;
const SETUP_LOCK = 7_301_955_002;

const userDto = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, resetRequestedAt: true } as const;

export function listUsers() {
  return prisma().user.findMany({ orderBy: { createdAt: 'asc' }, select: userDto });
}

/** Accounts as choices in the admin's "owner" pickers. */
export function listUserChoices() {
  return prisma().user.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true, name: true, email: true } });
}

/** Everyone a user could share with: active accounts other than the asker, by name. */
export function listActivePeople(exceptUserId: string) {
  return prisma().user.findMany({ where: { disabledAt: null, id: { not: exceptUserId } }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

export function findUserDto(id: string, tx: Db = prisma()) {
  return tx.user.findUnique({ where: { id }, select: userDto });
}

/** The whole row, password hash included: for credential checks. */
/** The user's own preferences (not part of the user DTO: an admin's user list has no business with them). */
export function findUserPreferences(id: string) {
  return prisma().user.findUnique({ where: { id }, select: { blurPreviews: true } });
}

export function findUserById(id: string) {
  return prisma().user.findUnique({ where: { id } });
}

/** The whole row, password hash included: for credential checks and reset requests. */
export function findUserByEmail(email: string) {
  return prisma().user.findUnique({ where: { email } });
}

export function countUsers(): Promise<number> {
  return prisma().user.count();
}

export function emailTaken(tx: Db, email: string) {
  return tx.user.findUnique({ where: { email }, select: { id: true } }).then(Boolean);
}

export function updateUser(id: string, data: Prisma.UserUpdateInput, tx: Db = prisma()) {
  return tx.user.update({ where: { id }, data, select: userDto });
}

export async function updatePasswordHash(userId: string, passwordHash: string, tx: Db = prisma()): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { passwordHash } });
}

/** Marks the account disabled; false when there is no such user. */
export async function disableUser(tx: Db, userId: string): Promise<boolean> {
  const { count } = await tx.user.updateMany({ where: { id: userId }, data: { disabledAt: new Date() } });
  return count > 0;
}

/** Mail off: the request waits on the account until an admin makes a link or the password changes. */
export async function noteResetRequest(userId: string): Promise<void> {
  await prisma().user.update({ where: { id: userId }, data: { resetRequestedAt: new Date() } });
}

export async function clearResetRequest(tx: Db, userId: string): Promise<void> {
  await tx.user.updateMany({ where: { id: userId, resetRequestedAt: { not: null } }, data: { resetRequestedAt: null } });
}

/** Serialises changes that could remove an admin (held until the transaction ends). */
export async function lockAdminChanges(tx: Db): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('shoebox:active-admins'))`;
}

export async function activeAdminIds(tx: Db): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { role: 'admin', disabledAt: null }, select: { id: true } });
  return rows.map((r) => r.id);
}

export function insertInvite(tx: Db, data: Prisma.InviteUncheckedCreateInput) {
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
export async function claimInvite(tx: Db, tokenHash: string) {
  const rows = await tx.$queryRaw<{ id: string; email: string | null; role: Role }[]>`
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

/** Creates the invited user and records who used the invite. */
export async function insertInvitedUser(tx: Db, inviteId: string, data: { email: string; name: string; passwordHash: string; role: Role }) {
  const user = await tx.user.create({ data, select: { id: true, email: true, name: true, role: true } });
  await tx.invite.update({ where: { id: inviteId }, data: { usedById: user.id } });
  return user;
}

/** Creates the first admin unless someone created any user first (two setups at once: the
 * advisory lock makes the second see the first's user). Null when there already is a user. */
export async function insertFirstAdmin(tx: Db, data: { email: string; name: string; passwordHash: string }): Promise<{ id: string; email: string } | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK}::bigint)`;
  if ((await tx.user.count()) > 0) return null;
  return tx.user.create({ data: { ...data, role: 'admin' }, select: { id: true, email: true } });
}
