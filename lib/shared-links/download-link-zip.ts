// "Download all" under a shared link: the originals of everything the link grants, as one
// streamed ZIP named after the link — only when the link allows downloads (which also means it
// shows metadata: originals carry their EXIF). The link's own stream slots (two at once, as a
// user's) keep one leaked address from starting a hundred archives.
import { selectionSource, zipBaseName } from '@/lib/downloads/download-sources';
import { zipAssetsResponse } from '@/lib/downloads/zip-assets-response';
import { AppError } from '@/lib/server/errors';
import { getLinkContent } from './get-link-content';
import { openLink } from './open-link';

export async function downloadLinkZip(req: Request, token: string): Promise<Response> {
  const link = await openLink(token, req.headers.get('cookie'));
  if (!link.allowDownload) throw new AppError('forbidden', 'This link does not allow downloads.');
  const content = await getLinkContent(link);
  if (content.items.length === 0) throw new AppError('conflict', 'Nothing is shared here (any more): there is nothing to download.');
  const { rows } = await selectionSource(content.items.map((item) => item.id));
  return zipAssetsResponse(req, rows, `${zipBaseName(content.title ?? 'Shared photos')}.zip`, `link:${link.id}`);
}
