// The link holder, the access layer's one party without an account: whoever has a shared
// link's token. The token is looked up by its SHA-256 (only that is stored); an unknown, revoked
// or expired link is the same 404, and an asset the link does not grant is the same 404 as a
// missing one. Whether a password-protected link is unlocked is lib/shared-links' question,
// asked before any of these.
import { createHash } from 'node:crypto';
import { notFound } from '@/lib/server/errors';
import { type LiveLinkRow, selectLinkAssetIds, selectLiveLinkByTokenHash } from './access.queries';

export type LinkHolder = LiveLinkRow;

export const LINK_NOT_FOUND = 'This link does not exist or has ended.';

/** SHA-256 of the token, as stored in shared_links.token_hash. */
export function hashLinkToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** Tokens are base64url from 16+ random bytes; anything else cannot be one (no query needed). */
const TOKEN = /^[A-Za-z0-9_-]{22,64}$/;

/** The live link this token opens; 404 for an unknown, revoked or expired one. */
export async function requireLiveLink(token: string): Promise<LinkHolder> {
  const link = TOKEN.test(token) ? await selectLiveLinkByTokenHash(hashLinkToken(token)) : null;
  if (!link) throw notFound(LINK_NOT_FOUND);
  return link;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Throws not found unless the link grants this asset (in its album or selection, not trashed). */
export async function requireLinkAsset(link: LinkHolder, assetId: string): Promise<string> {
  const id = assetId.toLowerCase();
  const granted = UUID.test(id) ? await selectLinkAssetIds(link, [id]) : [];
  if (granted.length === 0) throw notFound('No such photo in this link.');
  return id;
}
