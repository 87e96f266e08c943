// Registration is invite-only whatever the page shows: the server takes the invite in the
// same transaction as it creates the user, so a used, expired or raced invite creates nothing.
// Every attempt with an invitation is counted before anything else (a few are allowed), and an
// address that is taken gets the same answer as one the invitation is not for: one invitation
// cannot test any number of addresses for accounts. The new password is hashed only once the
// invitation and address are known to be fine.
import { hashPassword } from '@/lib/auth/password';
import { hashToken } from '@/lib/auth/secret-token';
import type { RegisterInput } from '@/lib/auth/auth.schemas';
import { prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { claimInvite, countInviteAttempt, emailTaken, INVITE_ATTEMPTS, insertInvitedUser } from './users.queries';

export { INVITE_ATTEMPTS };

const invalidInvite = () => new AppError('bad_request', 'This invitation is not valid: it was used, revoked or has expired.');
const ADDRESS_REFUSED = 'This address cannot be used with this invitation.';
const addressRefused = () => new AppError('validation_failed', ADDRESS_REFUSED, { fieldErrors: { email: [ADDRESS_REFUSED] } });

export async function registerWithInvite(input: RegisterInput) {
  const tokenHash = hashToken(input.invite);
  const attempt = await countInviteAttempt(tokenHash);
  if (!attempt) throw invalidInvite();
  if (attempt.attempts > INVITE_ATTEMPTS) {
    throw new AppError('rate_limited', 'This invitation was tried too many times. Ask for a new one.');
  }
  if ((attempt.email && attempt.email !== input.email) || (await emailTaken(prisma(), input.email))) throw addressRefused();
  const passwordHash = await hashPassword(input.password);
  return prisma().$transaction(async (tx) => {
    const invite = await claimInvite(tx, tokenHash);
    if (!invite) throw invalidInvite();
    // Checked again inside: the address may have been taken while the password was hashed.
    if (await emailTaken(tx, input.email)) throw addressRefused();
    return insertInvitedUser(tx, invite.id, { email: input.email, name: input.name, passwordHash, role: invite.role });
  });
}
