// "Forgot password": the same answer, in about the same time, whether or not the account
// exists — the request only counts rate limits and queues auth:reset-request; the worker looks
// the address up, makes the token and queues the mail. The link is built from PUBLIC_URL,
// never from the Host header. With mail off no link is made (nor logged: anyone can type any
// address): the request is noted on the account and the admins hand over a link from Users.
import { queueMail } from '@/lib/mail/queue-mail';
import { prisma } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { enqueue } from '@/lib/jobs/enqueue';
import { log } from '@/lib/server/log';
import { mailEnabled } from '@/lib/mail/mail-config';
import { clearResetRequest, findUserByEmail, noteResetRequest } from '@/lib/users/users.queries';
import { insertResetToken } from './password-reset.queries';
import { consumeLimit, LIMITS } from './rate-limit';
import { newSecretToken } from './secret-token';

const RESET_TOKEN_SECONDS = 60 * 60;

function resetUrl(token: string): string {
  return `${env.PUBLIC_URL}/reset-password?token=${encodeURIComponent(token)}`;
}

/** Makes a reset link for a user (also used by an admin when mail is off). */
export async function createResetLink(userId: string, mailTo?: { email: string; name: string }) {
  const { token, hash } = newSecretToken();
  const url = resetUrl(token);
  const mailed = await prisma().$transaction(async (tx) => {
    await insertResetToken(tx, userId, hash, new Date(Date.now() + RESET_TOKEN_SECONDS * 1000));
    await clearResetRequest(tx, userId);
    return mailTo ? queueMail(tx, { template: 'password-reset', to: mailTo.email, data: { url, name: mailTo.name } }) : false;
  });
  return { url, mailed };
}

export async function requestPasswordReset(rawEmail: string, ip: string): Promise<void> {
  const email = rawEmail.trim().toLowerCase();
  await consumeLimit(LIMITS.resetIp, ip);
  await consumeLimit(LIMITS.resetAccount, email);
  await enqueue(prisma(), 'auth:reset-request', { email });
}

/** auth:reset-request: a link for an enabled account, nothing (but a log line) otherwise. */
export async function sendPasswordResetLink(email: string): Promise<void> {
  const user = await findUserByEmail(email);
  if (!user || user.disabledAt) {
    log.info('password reset asked for an unknown or disabled account');
    return;
  }
  if (!mailEnabled()) {
    await noteResetRequest(user.id);
    log.info({ userId: user.id }, 'password reset asked while mail is off: shown to the admins in Users');
    return;
  }
  await createResetLink(user.id, { email: user.email, name: user.name });
}
