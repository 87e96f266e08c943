// Serves a derived image by asset id for its owner: the storage key comes from the database,
// never from the request. ETag + private caching; a foreign or missing asset is the same 404.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { openObject } from '@/lib/storage/local-storage';
import { findDerivedForOwner } from './assets.queries';

const CONTENT_TYPES: Record<string, string> = { webp: 'image/webp', jpeg: 'image/jpeg', jpg: 'image/jpeg' };

export async function serveDerived(req: Request, user: Actor, assetId: string, kind: 'thumb' | 'preview' | 'full'): Promise<Response> {
  await requireAccess(user, 'asset.read', [assetId]);
  const derived = await findDerivedForOwner(assetId, user.id, kind);
  if (!derived) throw notFound('No such photo.');
  const etag = `"${derived.id}-${derived.createdAt.getTime()}"`;
  const headers: Record<string, string> = {
    etag,
    'cache-control': 'private, max-age=86400',
    'x-content-type-options': 'nosniff',
  };
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const object = await openObject(derived.storageKey);
  if (!object) throw notFound('This photo’s thumbnail is missing; rescan the library to rebuild it.');
  const ext = derived.storageKey.split('.').pop() ?? '';
  headers['content-type'] = CONTENT_TYPES[ext] ?? 'application/octet-stream';
  headers['content-length'] = String(object.size);
  return new Response(object.body, { status: 200, headers });
}
