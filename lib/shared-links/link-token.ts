// A shared link's token: 192 random bits, base64url, in the address people are sent. Only its
// SHA-256 is stored (lib/access/link-access.ts looks it up), so the owner sees it once.
import { randomBytes } from 'node:crypto';
import { hashLinkToken } from '@/lib/access/link-access';

export function newLinkToken(): { token: string; hash: Buffer } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

/** Where a link holder opens it, from the site's root. */
export const linkPath = (token: string) => `/s/${token}`;
