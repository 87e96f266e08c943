// A user changes their own name, email or preferences (blurred previews); an email another account uses is a conflict. The
// email is where password resets go, so changing it asks for the current password: a stolen
// session alone must not be able to redirect the account's resets. That check shares the
// login's per-account limit, counted first: a stolen session cannot guess the password here.
import { verifyPassword } from '@/lib/auth/password';
import { clearLimit, consumeLimit, LIMITS } from '@/lib/auth/rate-limit';
import { AppError } from '@/lib/server/errors';
import { findUserByEmail, findUserById, updateUser } from './users.queries';

function passwordProblem(message: string): AppError {
  return new AppError('validation_failed', message, { fieldErrors: { currentPassword: [message] } });
}

export async function updateProfile(userId: string, change: { name?: string; email?: string; currentPassword?: string; blurPreviews?: boolean }) {
  const { currentPassword, ...fields } = change;
  if (fields.email) {
    const me = await findUserById(userId);
    if (fields.email !== me?.email) {
      if (!me || !currentPassword) throw passwordProblem('Enter your current password to change your email.');
      await consumeLimit(LIMITS.loginAccount, me.email);
      if (!(await verifyPassword(me.passwordHash, currentPassword))) throw passwordProblem('That is not your current password.');
      await clearLimit(LIMITS.loginAccount, me.email);
      const other = await findUserByEmail(fields.email);
      if (other && other.id !== userId) throw new AppError('conflict', 'Another account uses this email address.');
    }
  }
  return updateUser(userId, fields);
}
