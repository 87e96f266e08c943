// Bearer secrets (invites, reset links, refresh/access tokens, API keys): 256 random bits,
// stored only as a SHA-256. A fast hash is enough: the input is random, not a password.
import { createHash, randomBytes } from 'node:crypto';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A fresh token (with a readable prefix saying what it is) and the hash to store. */
export function newSecretToken(prefix = ''): { token: string; hash: string } {
  const token = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}
