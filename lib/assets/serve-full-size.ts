// The full-size picture the viewer's zoom shows: the web-safe rendition when the original is a
// format browsers cannot display (HEIC, TIFF, JPEG XL, RAW), otherwise the original itself. An
// asset ingested before renditions existed falls back to its preview rather than a broken
// image; re-ingesting it (a changed file, or a library rescan after a reset) makes one.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { isWebSafeImage } from '@/lib/media/media-types';
import { notFound } from '@/lib/server/errors';
import { findFullSizeSource } from './assets.queries';
import { serveDerived } from './serve-derived';
import { serveOriginal } from './serve-original';

export async function serveFullSize(req: Request, user: Actor, assetId: string): Promise<Response> {
  await requireAccess(user, 'asset.read', [assetId]);
  const asset = await findFullSizeSource(assetId);
  if (!asset || asset.type !== 'photo') throw notFound('No such photo.');
  if (asset.derived.length > 0) return serveDerived(req, user, assetId, 'full');
  if (isWebSafeImage(asset.mime)) return serveOriginal(req, user, assetId);
  return serveDerived(req, user, assetId, 'preview');
}
