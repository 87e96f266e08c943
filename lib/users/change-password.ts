// Changing a password needs the current one (a borrowed, unlocked browser is not enough), is
// counted against the same per-account limit as logins (counted first, so parallel guesses
// cannot slip past it), and can end every other session.
import { findUserById, revokeAllSessions, updatePasswordHash } from '@/lib/auth/auth.queries';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { clearLimit, consumeLimit, LIMITS } from '@/lib/auth/rate-limit';
import { AppError } from '@/lib/server/errors';

export async function changePassword(
  me: SessionUser,
  input: { currentPassword: string; newPassword: string; endOtherSessions: boolean },
): Promise<{ endedSessions: number }> {
  await consumeLimit(LIMITS.loginAccount, me.email);
  const user = await findUserById(me.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', 'The current password is not right.', {
      fieldErrors: { currentPassword: ['The current password is not right.'] },
    });
  }
  await clearLimit(LIMITS.loginAccount, me.email);
  await updatePasswordHash(me.id, await hashPassword(input.newPassword));
  const endedSessions = input.endOtherSessions ? await revokeAllSessions(me.id, me.sessionId) : 0;
  return { endedSessions };
}
