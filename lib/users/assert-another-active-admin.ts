// "At least one active admin" as a rule of the transaction that demotes, disables or deletes
// someone: every such transaction takes the same advisory lock first, so two admins demoting
// each other at once are serialised and the second sees the first's change. The acting admin
// must themselves still be an active admin when the lock is theirs (the other one may have
// just demoted them), and someone besides the target must remain.
import type { Prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { activeAdminIds, lockAdminChanges } from './users.queries';

export async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, actingAdminId: string, targetId: string): Promise<void> {
  await lockAdminChanges(tx);
  const admins = await activeAdminIds(tx);
  if (!admins.includes(actingAdminId)) throw new AppError('forbidden', 'This needs an administrator.');
  if (admins.every((id) => id === targetId)) throw new AppError('conflict', 'Shoebox needs at least one active administrator.');
}
