// A user changes their own name or email; an email another account uses is a conflict.
import { AppError } from '@/lib/server/errors';
import { findUserByEmail } from '@/lib/auth/auth.queries';
import { updateUser } from './users.queries';

export async function updateProfile(userId: string, change: { name?: string; email?: string }) {
  if (change.email) {
    const other = await findUserByEmail(change.email);
    if (other && other.id !== userId) throw new AppError('conflict', 'Another account uses this email address.');
  }
  return updateUser(userId, change);
}
