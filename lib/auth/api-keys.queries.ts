// Prisma of API keys. Keys are always looked up by hash and scoped to their owner. A revoked
// key stays listed (so its owner sees what happened to it) but never authenticates again.
import type { ApiKeyScope } from '@/lib/server/generated/prisma/enums';
import { prisma, type Prisma } from '@/lib/server/db';
import type { SessionUser } from './auth.schemas';

const LAST_USED_EVERY_MS = 60 * 1000;

const apiKeyDto = { id: true, name: true, prefix: true, scope: true, lastUsedAt: true, createdAt: true, revokedAt: true } as const;

export function insertApiKey(userId: string, data: { name: string; scope: ApiKeyScope; tokenHash: string; prefix: string }) {
  return prisma().apiKey.create({ data: { userId, ...data }, select: apiKeyDto });
}

export function listApiKeys(userId: string) {
  return prisma().apiKey.findMany({ where: { userId }, orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }], select: apiKeyDto });
}

/** Revokes every live key of the user (password reset, "sign out my other sessions", disable). */
export async function revokeApiKeysOfUser(userId: string, tx: Prisma.TransactionClient = prisma()): Promise<number> {
  return (await tx.apiKey.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } })).count;
}

/** Deletes every key of the user (their account is being deleted). */
export async function deleteApiKeysOfUser(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  return (await tx.apiKey.deleteMany({ where: { userId } })).count;
}

export async function deleteOwnApiKey(userId: string, id: string): Promise<boolean> {
  return (await prisma().apiKey.deleteMany({ where: { id, userId } })).count > 0;
}

export async function findUserByApiKey(tokenHash: string): Promise<SessionUser | null> {
  const key = await prisma().apiKey.findFirst({
    where: { tokenHash, revokedAt: null, user: { disabledAt: null } },
    include: { user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!key) return null;
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await prisma().apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
  return { ...key.user, sessionId: null, via: 'api_key', scope: key.scope };
}
