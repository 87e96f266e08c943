// Serves a derived image (or a video's sprite sheet and its WebVTT) by asset id for its owner: the storage key comes from the database,
// never from the request. ETag + private caching; a foreign or missing asset is the same 404.
// A Range request (a large preview read in parts, a resumed download) gets a ranged answer.
import type { DerivedKind } from '@/lib/server/generated/prisma/enums';
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { mimeOfFileName } from '@/lib/media/media-types';
import { notFound } from '@/lib/server/errors';
import { openObject } from '@/lib/storage/storage';
import { findDerivedFile } from './assets.queries';
import { sendDerivedRange } from './send-derived-range';

type ServedKind = Extract<DerivedKind, 'thumb' | 'preview' | 'full' | 'sprite' | 'vtt'>;

export async function serveDerived(req: Request, user: Actor, assetId: string, kind: ServedKind): Promise<Response> {
  await requireAccess(user, 'asset.read', [assetId]);
  return sendDerived(req, assetId, kind);
}

/** The derived file of an asset the caller already may read (a user through requireAccess, a
 * link holder through lib/access/link-access.ts). */
export async function sendDerived(req: Request, assetId: string, kind: ServedKind): Promise<Response> {
  const derived = await findDerivedFile(assetId, kind);
  if (!derived) throw notFound('No such photo.');
  const etag = `"${derived.id}-${derived.createdAt.getTime()}"`;
  const headers: Record<string, string> = {
    etag,
    'cache-control': 'private, max-age=86400',
    'x-content-type-options': 'nosniff',
  };
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const missing = 'This photo’s thumbnail is missing; rescan the library to rebuild it.';
  if (req.headers.has('range')) return sendDerivedRange(req, derived, missing);
  const object = await openObject(derived.storageKey);
  if (!object) throw notFound(missing);
  headers['content-type'] = mimeOfFileName(derived.storageKey) ?? 'application/octet-stream';
  headers['content-length'] = String(object.size);
  return new Response(object.body, { status: 200, headers });
}
