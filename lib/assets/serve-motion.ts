// Serves a photo's motion part — the clip of a motion photo or a Live Photo's video, made into
// an MP4 by asset:motion — by asset id, with HTTP Range for the viewer's <video>. A foreign or
// missing asset, a photo without motion and a video all answer the same 404.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { findDerivedFile } from './assets.queries';
import { sendDerivedRange } from './send-derived-range';

export async function serveMotion(req: Request, user: Actor, assetId: string): Promise<Response> {
  await requireAccess(user, 'asset.read', [assetId]);
  const derived = await findDerivedFile(assetId, 'motion');
  if (!derived) throw notFound('This photo has no motion.');
  return sendDerivedRange(req, derived, 'This photo has no motion.');
}
