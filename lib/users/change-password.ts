// Changing a password needs the current one (a borrowed, unlocked browser is not enough), is
// counted against the same per-account limit as logins (counted first, so parallel guesses
// cannot slip past it), and can end every other session and revoke every API key ("sign out
// everywhere": a key is a way in like a session).
import { revokeApiKeysOfUser } from '@/lib/auth/api-keys.queries';
import { revokeAllSessions } from '@/lib/auth/auth.queries';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { clearLimit, consumeLimit, LIMITS } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { findUserById, updatePasswordHash } from './users.queries';

export async function changePassword(
  me: SessionUser,
  input: { currentPassword: string; newPassword: string; endOtherSessions: boolean },
): Promise<{ endedSessions: number; revokedApiKeys: number }> {
  await consumeLimit(LIMITS.loginAccount, me.email);
  const user = await findUserById(me.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', 'The current password is not right.', {
      fieldErrors: { currentPassword: ['The current password is not right.'] },
    });
  }
  await clearLimit(LIMITS.loginAccount, me.email);
  await updatePasswordHash(me.id, await hashPassword(input.newPassword));
  if (!input.endOtherSessions) return { endedSessions: 0, revokedApiKeys: 0 };
  return { endedSessions: await revokeAllSessions(prisma(), me.id, { except: me.sessionId }), revokedApiKeys: await revokeApiKeysOfUser(me.id) };
}
