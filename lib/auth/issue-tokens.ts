// Token clients (CLI, mobile app): a 15-minute access token and a 30-day refresh token. Each
// refresh rotates the pair; presenting a refresh token that was already used means it leaked
// (or the client is confused), so the whole family — the session row — is revoked.
import { AppError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { revokeSession } from './auth.queries';
import { newSecretToken, hashToken } from './secret-token';
import { SESSION_MAX_AGE_SECONDS } from './session-cookie';
import { findRefreshToken, markRefreshTokenUsed, storeTokenPair } from './tokens.queries';

const ACCESS_TOKEN_SECONDS = 15 * 60;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

export async function issueTokenPair(sessionId: string): Promise<TokenPair> {
  const access = newSecretToken('sba_');
  const refresh = newSecretToken('sbr_');
  await storeTokenPair(
    sessionId,
    { hash: access.hash, expiresAt: new Date(Date.now() + ACCESS_TOKEN_SECONDS * 1000) },
    { hash: refresh.hash, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
  );
  return { accessToken: access.token, refreshToken: refresh.token, tokenType: 'Bearer', expiresIn: ACCESS_TOKEN_SECONDS };
}

const invalid = () => new AppError('unauthorized', 'This refresh token is not valid. Sign in again.');

export async function rotateRefreshToken(refreshToken: string): Promise<TokenPair> {
  const row = await findRefreshToken(hashToken(refreshToken));
  if (!row) throw invalid();
  const { session } = row;
  if (row.usedAt || !(await markRefreshTokenUsed(row.id))) {
    await revokeSession(session.id);
    log.warn({ sessionId: session.id, userId: session.userId }, 'refresh token reused: family revoked');
    throw invalid();
  }
  const now = new Date();
  if (row.expiresAt <= now || session.revokedAt || session.expiresAt <= now || session.user.disabledAt) throw invalid();
  return issueTokenPair(session.id);
}
