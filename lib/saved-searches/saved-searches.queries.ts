// The SQL of saved searches. Every statement names the user: a row is only ever read or
// removed by its owner. The per-user cap is counted under a transaction-scoped advisory lock
// per user, so parallel saves of one user are counted one after the other.
import { prisma, type Prisma } from '@/lib/server/db';

type Tx = Prisma.TransactionClient;

const select = { id: true, name: true, query: true, createdAt: true } as const;
export type SavedSearchRow = Prisma.SavedSearchGetPayload<{ select: typeof select }>;

export function listUserSavedSearches(userId: string): Promise<SavedSearchRow[]> {
  return prisma().savedSearch.findMany({ where: { userId }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select });
}

export async function lockUserSavedSearches(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`shoebox:saved-searches:${userId}`}::text, 0))`;
}

export function countUserSavedSearches(tx: Tx, userId: string): Promise<number> {
  return tx.savedSearch.count({ where: { userId } });
}

export async function userHasSavedSearchNamed(tx: Tx, userId: string, name: string): Promise<boolean> {
  return (await tx.savedSearch.count({ where: { userId, name } })) > 0;
}

export function insertSavedSearch(tx: Tx, userId: string, input: { name: string; query: string }): Promise<SavedSearchRow> {
  return tx.savedSearch.create({ data: { userId, ...input }, select });
}

/** False when the user has no saved search with that id. */
export async function deleteUserSavedSearch(userId: string, id: string): Promise<boolean> {
  return (await prisma().savedSearch.deleteMany({ where: { id, userId } })).count === 1;
}
