// The reset form's POST is the only thing that consumes a reset token (opening the link does
// not), and a successful reset ends every session and token family of the user and revokes
// their API keys: whoever knew the old password may have made one.
import { prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { revokeApiKeysOfUser } from './api-keys.queries';
import { hashPassword } from './password';
import { burnResetTokens, consumeResetToken, setPasswordAndEndSessions } from './password-reset.queries';
import { hashToken } from './secret-token';

export async function resetPassword(token: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  const userId = await prisma().$transaction(async (tx) => {
    const id = await consumeResetToken(tx, hashToken(token));
    if (!id) throw new AppError('bad_request', 'This reset link is not valid: it was used or has expired. Ask for a new one.');
    await setPasswordAndEndSessions(tx, id, passwordHash);
    await burnResetTokens(tx, id);
    await revokeApiKeysOfUser(id, tx);
    return id;
  });
  log.info({ userId }, 'password reset: every session ended, API keys revoked');
}
