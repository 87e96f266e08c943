// Deleting a user: they are disabled and signed out at once, and a user:delete job removes
// their data (libraries, assets, derived files, sessions, keys, pending jobs) in the worker.
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { prisma } from '@/lib/server/db';
import { AppError, notFound } from '@/lib/server/errors';
import { enqueue } from '@/lib/jobs/enqueue';
import { assertAnotherActiveAdmin } from './assert-another-active-admin';
import { disableAndSignOut } from './user-deletion.queries';

export async function requestUserDeletion(admin: SessionUser, userId: string): Promise<void> {
  if (userId === admin.id) throw new AppError('conflict', 'You cannot delete your own account.');
  await prisma().$transaction(async (tx) => {
    await assertAnotherActiveAdmin(tx, admin.id, userId);
    if (!(await disableAndSignOut(tx, userId))) throw notFound('No such user.');
    await enqueue(tx, 'user:delete', { userId }); // keyed by user: one deletion queued
  });
}
