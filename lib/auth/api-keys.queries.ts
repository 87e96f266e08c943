// Prisma of API keys. Keys are always looked up by hash and scoped to their owner.
import { prisma } from '@/lib/server/db';
import type { SessionUser } from './auth.schemas';

const LAST_USED_EVERY_MS = 60 * 1000;

const apiKeyDto = { id: true, name: true, prefix: true, scope: true, lastUsedAt: true, createdAt: true } as const;

export function insertApiKey(userId: string, data: { name: string; scope: 'read' | 'read_write'; tokenHash: string; prefix: string }) {
  return prisma().apiKey.create({ data: { userId, ...data }, select: apiKeyDto });
}

export function listApiKeys(userId: string) {
  return prisma().apiKey.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, select: apiKeyDto });
}

export async function deleteOwnApiKey(userId: string, id: string): Promise<boolean> {
  return (await prisma().apiKey.deleteMany({ where: { id, userId } })).count > 0;
}

export async function findUserByApiKey(tokenHash: string): Promise<SessionUser | null> {
  const key = await prisma().apiKey.findFirst({
    where: { tokenHash, user: { disabledAt: null } },
    include: { user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!key) return null;
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await prisma().apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
  return { ...key.user, sessionId: null, via: 'api_key', scope: key.scope };
}
