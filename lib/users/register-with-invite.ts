// Registration is invite-only whatever the page shows: the server takes the invite in the
// same transaction as it creates the user, so a used, expired or raced invite creates nothing.
import { hashPassword } from '@/lib/auth/password';
import { hashToken } from '@/lib/auth/secret-token';
import type { RegisterInput } from '@/lib/auth/auth.schemas';
import { prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { claimInvite, emailTaken, insertInvitedUser } from './users.queries';

export async function registerWithInvite(input: RegisterInput) {
  const passwordHash = await hashPassword(input.password);
  return prisma().$transaction(async (tx) => {
    const invite = await claimInvite(tx, hashToken(input.invite));
    if (!invite) throw new AppError('bad_request', 'This invitation is not valid: it was used, revoked or has expired.');
    if (invite.email && invite.email !== input.email) {
      throw new AppError('validation_failed', 'Use the email address the invitation was sent to.', {
        fieldErrors: { email: ['Use the email address the invitation was sent to.'] },
      });
    }
    if (await emailTaken(tx, input.email)) {
      throw new AppError('conflict', 'An account with this email already exists. Sign in instead.');
    }
    return insertInvitedUser(tx, invite.id, { email: input.email, name: input.name, passwordHash, role: invite.role });
  });
}
