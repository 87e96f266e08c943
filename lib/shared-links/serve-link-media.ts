// A file under a shared link, by asset id, only for an asset the link grants: the thumbnail
// and preview always (sharp wrote them without EXIF, so no GPS rides along), the original only
// when the link allows downloads (which needs show_metadata: the original keeps its EXIF).
import { requireLinkAsset } from '@/lib/access/link-access';
import { sendDerived } from '@/lib/assets/serve-derived';
import { sendOriginal } from '@/lib/assets/serve-original';
import { AppError } from '@/lib/server/errors';
import { openLink } from './open-link';

export type LinkMedia = 'thumbnail' | 'preview' | 'original';

export async function serveLinkMedia(req: Request, token: string, assetId: string, media: LinkMedia): Promise<Response> {
  const link = await openLink(token, req.headers.get('cookie'));
  const id = await requireLinkAsset(link, assetId);
  if (media === 'original') {
    if (!link.allowDownload) throw new AppError('forbidden', 'This link does not allow downloads.');
    return sendOriginal(req, id);
  }
  return sendDerived(req, id, media === 'thumbnail' ? 'thumb' : 'preview');
}
