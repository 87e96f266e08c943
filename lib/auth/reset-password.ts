// The reset form's POST is the only thing that consumes a reset token (opening the link does
// not), and a successful reset ends every session and token family of the user and revokes
// their API keys: whoever knew the old password may have made one. Anonymous requests are
// counted per IP and the token is checked before the new password is hashed: argon2id is only
// spent on a link that works.
import { prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { revokeApiKeysOfUser } from './api-keys.queries';
import { hashPassword } from './password';
import { updateUser } from '@/lib/users/users.queries';
import { revokeAllSessions } from './auth.queries';
import { burnResetTokens, consumeResetToken, resetTokenUsable } from './password-reset.queries';
import { consumeLimit, LIMITS } from './rate-limit';
import { hashToken } from './secret-token';

const invalidLink = () => new AppError('bad_request', 'This reset link is not valid: it was used or has expired. Ask for a new one.');

export async function resetPassword(token: string, newPassword: string, ip: string): Promise<void> {
  await consumeLimit(LIMITS.resetPasswordIp, ip);
  const tokenHash = hashToken(token);
  if (!(await resetTokenUsable(tokenHash))) throw invalidLink();
  const passwordHash = await hashPassword(newPassword);
  const userId = await prisma().$transaction(async (tx) => {
    // Taken atomically here: of two racing resets with one link, one wins.
    const id = await consumeResetToken(tx, tokenHash);
    if (!id) throw invalidLink();
    await updateUser(id, { passwordHash, resetRequestedAt: null }, tx);
    await revokeAllSessions(tx, id);
    await burnResetTokens(tx, id);
    await revokeApiKeysOfUser(id, tx);
    return id;
  });
  log.info({ userId }, 'password reset: every session ended, API keys revoked');
}
