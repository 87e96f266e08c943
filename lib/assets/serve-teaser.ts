// Serves a video's teaser (small or large) by asset id for whoever may see it, with HTTP Range so the
// browser's <video> can fetch it in parts. The storage key comes from the database; a photo, a
// foreign or missing asset and a video whose teasers are not made yet all answer 404.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { findDerivedFile } from './assets.queries';
import { sendDerivedRange } from './send-derived-range';

export async function serveTeaser(req: Request, user: Actor, assetId: string, size: 'sm' | 'lg'): Promise<Response> {
  await requireAccess(user, 'asset.read', [assetId]);
  const derived = await findDerivedFile(assetId, size === 'sm' ? 'teaser_sm' : 'teaser_lg');
  if (!derived) throw notFound('This video has no teaser yet.');
  return sendDerivedRange(req, derived, 'This video has no teaser yet.');
}
