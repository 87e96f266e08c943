// Admin changes a user's role or disables them. Disabling ends every session at once (the
// session lookup also refuses disabled users, this makes the session list say so too) and
// revokes their API keys, so re-enabling the user does not quietly bring old keys back. An
// admin cannot lock themselves out, and the last active admin cannot be demoted or disabled:
// checked under a lock in the same transaction, so two admins demoting each other at once
// cannot leave none.
import type { Role } from '@/lib/server/generated/prisma/enums';
import { requireAccess } from '@/lib/access/require-access';
import { revokeApiKeysOfUser } from '@/lib/auth/api-keys.queries';
import { revokeAllSessions } from '@/lib/auth/auth.queries';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { prisma } from '@/lib/server/db';
import { AppError, notFound } from '@/lib/server/errors';
import { assertAnotherActiveAdmin } from './assert-another-active-admin';
import { findUserDto, updateUser } from './users.queries';

export async function updateUserAsAdmin(admin: SessionUser, userId: string, change: { role?: Role; disabled?: boolean }) {
  await requireAccess(admin, 'user.manage', [userId]);
  const demotes = change.role === 'user' || change.disabled === true;
  if (demotes && userId === admin.id) throw new AppError('conflict', 'You cannot demote or disable yourself.');
  return prisma().$transaction(async (tx) => {
    if (demotes) await assertAnotherActiveAdmin(tx, admin.id, userId);
    const target = await findUserDto(userId, tx);
    if (!target) throw notFound('No such user.');
    const user = await updateUser(
      userId,
      {
        ...(change.role ? { role: change.role } : {}),
        ...(change.disabled !== undefined ? { disabledAt: change.disabled ? new Date() : null } : {}),
      },
      tx,
    );
    if (change.disabled) {
      await revokeAllSessions(tx, userId);
      await revokeApiKeysOfUser(userId, tx);
    }
    return user;
  });
}
