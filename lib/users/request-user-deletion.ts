// Deleting a user: they are disabled and signed out at once, and a user:delete job removes
// their data (libraries, assets, derived files, sessions, keys, pending jobs) in the worker.
import { requireAccess } from '@/lib/access/require-access';
import { deleteApiKeysOfUser } from '@/lib/auth/api-keys.queries';
import { revokeAllSessions } from '@/lib/auth/auth.queries';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { prisma } from '@/lib/server/db';
import { AppError, notFound } from '@/lib/server/errors';
import { enqueue } from '@/lib/jobs/enqueue';
import { assertAnotherActiveAdmin } from './assert-another-active-admin';
import { disableUser } from './users.queries';

export async function requestUserDeletion(admin: SessionUser, userId: string): Promise<void> {
  await requireAccess(admin, 'user.manage', [userId]);
  if (userId === admin.id) throw new AppError('conflict', 'You cannot delete your own account.');
  await prisma().$transaction(async (tx) => {
    await assertAnotherActiveAdmin(tx, admin.id, userId);
    if (!(await disableUser(tx, userId))) throw notFound('No such user.');
    await revokeAllSessions(tx, userId);
    await deleteApiKeysOfUser(tx, userId); // deleted, not revoked: the account is going
    await enqueue(tx, 'user:delete', { userId }); // keyed by user: one deletion queued
  });
}
