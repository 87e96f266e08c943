// Admin changes a user's role or disables them. Disabling ends every session at once (the
// session lookup also refuses disabled users, this makes the session list say so too). An
// admin cannot lock themselves out, and the last active admin cannot be demoted or disabled.
import { revokeAllSessions } from '@/lib/auth/auth.queries';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { AppError, notFound } from '@/lib/server/errors';
import { countActiveAdmins, findUserDto, updateUser } from './users.queries';

export async function updateUserAsAdmin(admin: SessionUser, userId: string, change: { role?: 'admin' | 'user'; disabled?: boolean }) {
  const target = await findUserDto(userId);
  if (!target) throw notFound('No such user.');
  const demotes = change.role === 'user' || change.disabled === true;
  if (demotes && target.id === admin.id) throw new AppError('conflict', 'You cannot demote or disable yourself.');
  if (demotes && target.role === 'admin' && (await countActiveAdmins()) <= 1) {
    throw new AppError('conflict', 'Shoebox needs at least one active administrator.');
  }
  const user = await updateUser(userId, {
    ...(change.role ? { role: change.role } : {}),
    ...(change.disabled !== undefined ? { disabledAt: change.disabled ? new Date() : null } : {}),
  });
  if (change.disabled) await revokeAllSessions(userId);
  return user;
}
