// Makes a shared link for an album (its owner only: the link publishes it outside the
// household) or for a selection of the user's own photos and videos. The token is returned
// here, once: only its hash is stored.
import { requireAccess } from '@/lib/access/require-access';
import type { Actor } from '@/lib/access/access.schemas';
import { hashPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/server/errors';
import { env } from '@/lib/server/env';
import { assertDownloadShowsMetadata } from './download-needs-metadata';
import { linkPath, newLinkToken } from './link-token';
import { toLinkView } from './link-view';
import type { CreateSharedLink, CreatedSharedLink } from './shared-links.schemas';
import { insertLink, selectLink } from './shared-links.queries';

async function requireSharable(actor: Actor, input: CreateSharedLink): Promise<{ albumId: string | null; assetIds: string[] }> {
  if (input.albumId) {
    try {
      await requireAccess(actor, 'album.update', [input.albumId]);
    } catch {
      throw new AppError('not_found', 'No such album of yours: only an album’s owner may share it by link.');
    }
    return { albumId: input.albumId.toLowerCase(), assetIds: [] };
  }
  try {
    return { albumId: null, assetIds: [...(await requireAccess(actor, 'asset.update', input.assetIds ?? []))] };
  } catch {
    throw new AppError('not_found', 'Only your own photos and videos can be shared by link (a link publishes them outside the household).');
  }
}

export async function createSharedLink(actor: Actor, input: CreateSharedLink): Promise<CreatedSharedLink> {
  const options = { allowDownload: input.allowDownload ?? false, showMetadata: input.showMetadata ?? false };
  assertDownloadShowsMetadata(options);
  const target = await requireSharable(actor, input);
  const { token, hash } = newLinkToken();
  const id = await insertLink({
    ownerId: actor.id,
    tokenHash: hash,
    ...target,
    title: input.title || null,
    description: input.description || null,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
    ...options,
  });
  const row = await selectLink(id);
  const path = linkPath(token);
  return { link: toLinkView(row!), url: `${env.PUBLIC_URL}${path}`, path };
}
