// The one password check behind the login form, next-auth's credentials callback and the
// token endpoint: rate limits per account and per IP, argon2id verification (a decoy hash for
// unknown emails), upgrade of weaker hashes, and a new session row — a new id at every login.
import { AppError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { createSession, findUserByEmail, type SessionKind, updatePasswordHash } from './auth.queries';
import { hashPassword, needsRehash, verifyPassword } from './password';
import { assertUnderLimit, clearLimit, LIMITS, recordFailure } from './rate-limit';

export interface LoginMeta {
  ip: string;
  userAgent?: string;
}

export async function loginWithPassword(email: string, password: string, meta: LoginMeta, kind: SessionKind) {
  const account = email.trim().toLowerCase();
  await assertUnderLimit(LIMITS.loginAccount, account);
  await assertUnderLimit(LIMITS.loginIp, meta.ip);
  const user = await findUserByEmail(account);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.disabledAt) {
    await recordFailure(LIMITS.loginAccount, account);
    await recordFailure(LIMITS.loginIp, meta.ip);
    log.info({ ip: meta.ip, known: Boolean(user) }, 'login failed');
    throw new AppError('unauthorized', 'Wrong email or password.');
  }
  await clearLimit(LIMITS.loginAccount, account);
  if (needsRehash(user.passwordHash)) {
    await updatePasswordHash(user.id, await hashPassword(password));
    log.info({ userId: user.id }, 'password hash upgraded');
  }
  const session = await createSession(user.id, { userAgent: meta.userAgent, ip: meta.ip }, kind);
  log.info({ userId: user.id, sessionId: session.id, kind }, 'login');
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, sessionId: session.id };
}
