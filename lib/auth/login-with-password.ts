// The one password check behind the login form (POST /api/auth/login) and the token endpoint:
// rate limits per IP and per account (per device for a browser that signed in to the account
// before), argon2id verification (a decoy hash for unknown emails), upgrade of
// weaker hashes, and a new session row — a new id at every login.
// Each attempt is counted before the password is looked at: of any number of parallel
// attempts, at most the limit reach the verification.
import { AppError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { findUserByEmail, updatePasswordHash } from '@/lib/users/users.queries';
import { createSession, type SessionKind } from './auth.queries';
import { trustedDeviceFor } from './device-cookie';
import { hashPassword, needsRehash, verifyPassword } from './password';
import { clearLimit, consumeLimit, LIMITS, refundLimit } from './rate-limit';

export interface LoginMeta {
  ip: string;
  userAgent?: string;
  /** The device cookie the browser sent, if any. */
  deviceCookie?: string;
}

export async function loginWithPassword(email: string, password: string, meta: LoginMeta, kind: SessionKind) {
  const account = email.trim().toLowerCase();
  await consumeLimit(LIMITS.loginIp, meta.ip);
  const user = await findUserByEmail(account);
  const device = user ? trustedDeviceFor(meta.deviceCookie, user.id) : null;
  const [limit, subject] = device ? [LIMITS.loginDevice, `${device}:${user!.id}`] : [LIMITS.loginAccount, account];
  await consumeLimit(limit, subject);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.disabledAt) {
    log.info({ ip: meta.ip, known: Boolean(user), device: Boolean(device) }, 'login failed');
    throw new AppError('unauthorized', 'Wrong email or password.');
  }
  // A success costs nothing: the account's (or device's) failures are forgiven, the IP's hit returned.
  await Promise.all([clearLimit(limit, subject), refundLimit(LIMITS.loginIp, meta.ip)]);
  if (needsRehash(user.passwordHash)) {
    await updatePasswordHash(user.id, await hashPassword(password));
    log.info({ userId: user.id }, 'password hash upgraded');
  }
  const session = await createSession(user.id, { userAgent: meta.userAgent, ip: meta.ip }, kind);
  log.info({ userId: user.id, sessionId: session.id, kind }, 'login');
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, sessionId: session.id };
}
