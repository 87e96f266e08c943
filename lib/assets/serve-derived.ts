// Serves a derived image (or a video's sprite sheet and its WebVTT) by asset id for its owner: the storage key comes from the database,
// never from the request. ETag + private caching; a foreign or missing asset is the same 404.
// A Range request (a large preview read in parts, a resumed download) gets a ranged answer.
// A URL versioned by the asset's picture (`?v=` the end of its thumbhash, as the timeline asks)
// that still names the current picture is cached for a year without asking again: scrolling
// back over a month costs no request per tile. Any other URL is revalidated daily by ETag.
import type { DerivedKind } from '@/lib/server/generated/prisma/enums';
import type { Actor } from '@/lib/access/access.schemas';
import { mimeOfFileName } from '@/lib/media/media-types';
import { notFound } from '@/lib/server/errors';
import { openObject } from '@/lib/storage/storage';
import { findDerivedFile, selectReadableDerivedFile } from './assets.queries';
import { sendDerivedRange, type StoredDerived } from './send-derived-range';

type ServedKind = Extract<DerivedKind, 'thumb' | 'preview' | 'full' | 'sprite' | 'vtt'>;

const MISSING = 'This photo’s thumbnail is missing; rescan the library to rebuild it.';

/** For a signed-in user: asset.read and the file's row in one query (the access rule is
 * lib/access's own, embedded in it): a thumbnail is one request per tile. */
export async function serveDerived(req: Request, user: Actor, assetId: string, kind: ServedKind): Promise<Response> {
  const derived = await selectReadableDerivedFile(user.id, assetId, kind);
  if (!derived) throw notFound('No such photo.');
  const version = new URL(req.url).searchParams.get('v');
  return sendStored(req, derived, version !== null && version === derived.thumbhashTail);
}

/** The derived file of an asset the caller already may read (a link holder through
 * lib/access/link-access.ts). */
export async function sendDerived(req: Request, assetId: string, kind: ServedKind): Promise<Response> {
  const derived = await findDerivedFile(assetId, kind);
  if (!derived) throw notFound('No such photo.');
  return sendStored(req, derived, false);
}

async function sendStored(req: Request, derived: StoredDerived, immutable: boolean): Promise<Response> {
  const etag = `"${derived.id}-${derived.createdAt.getTime()}"`;
  const headers: Record<string, string> = {
    etag,
    'cache-control': immutable ? 'private, max-age=31536000, immutable' : 'private, max-age=86400',
    'x-content-type-options': 'nosniff',
  };
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  if (req.headers.has('range')) return sendDerivedRange(req, derived, MISSING);
  const object = await openObject(derived.storageKey);
  if (!object) throw notFound(MISSING);
  headers['content-type'] = mimeOfFileName(derived.storageKey) ?? 'application/octet-stream';
  headers['content-length'] = String(object.size);
  return new Response(object.body, { status: 200, headers });
}
