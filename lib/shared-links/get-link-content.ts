// What a link holder sees: the title and description (the link's own, else its album's) and
// exactly the items the link grants. Without show_metadata an item is its shape only: no date,
// file name, camera, GPS or place leaves the server. Each call counts as a view of the link.
import type { LinkHolder } from '@/lib/access/link-access';
import type { LinkContent, LinkItem } from './shared-links.schemas';
import { countLinkView, type LinkItemRow, selectLinkItems, selectLinkTexts } from './shared-links.queries';

function toItem(row: LinkItemRow, showMetadata: boolean): LinkItem {
  return {
    id: row.id,
    type: row.type,
    width: row.width,
    height: row.height,
    durationMs: row.durationMs,
    thumbhash: row.thumbhash ? Buffer.from(row.thumbhash).toString('base64') : null,
    metadata: showMetadata
      ? {
          takenAt: row.takenAtLocal?.toISOString().slice(0, 19) ?? null,
          fileName: row.relPath.slice(row.relPath.lastIndexOf('/') + 1),
          camera: [row.make, row.model].filter(Boolean).join(' ') || null,
          lens: row.lens,
          latitude: row.latitude,
          longitude: row.longitude,
          place: [row.city, row.region, row.country].filter(Boolean).join(', ') || null,
        }
      : null,
  };
}

export async function getLinkContent(link: LinkHolder): Promise<LinkContent> {
  const [texts, rows] = await Promise.all([selectLinkTexts(link.id), selectLinkItems(link), countLinkView(link.id)]);
  return {
    title: texts.title ?? texts.albumTitle,
    description: texts.description ?? texts.albumDescription,
    allowDownload: link.allowDownload,
    showMetadata: link.showMetadata,
    expiresAt: link.expiresAt?.toISOString() ?? null,
    items: rows.map((row) => toItem(row, link.showMetadata)),
  };
}
