// The owner's view of a link: never its token (only a hash is kept) nor its password hash.
import type { SharedLinkView } from './shared-links.schemas';
import type { LinkRow } from './shared-links.queries';

export function toLinkView(row: LinkRow, now = new Date()): SharedLinkView {
  return {
    id: row.id,
    kind: row.albumId ? 'album' : 'selection',
    albumId: row.albumId,
    albumTitle: row.albumTitle,
    title: row.title,
    description: row.description,
    hasPassword: row.hasPassword,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    expired: row.expiresAt !== null && row.expiresAt <= now,
    allowDownload: row.allowDownload,
    showMetadata: row.showMetadata,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    lastViewedAt: row.lastViewedAt?.toISOString() ?? null,
    viewCount: row.viewCount,
    itemCount: row.itemCount,
  };
}
