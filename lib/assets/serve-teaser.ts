// Serves a video's teaser (small or large) by asset id for its owner, with HTTP Range so the
// browser's <video> can fetch it in parts. The storage key comes from the database; a photo, a
// foreign or missing asset and a video whose teasers are not made yet all answer 404.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { mimeOfFileName } from '@/lib/media/media-types';
import { notFound } from '@/lib/server/errors';
import { objectSize, openObjectRange } from '@/lib/storage/local-storage';
import { findDerivedFile } from './assets.queries';
import { parseRange } from './parse-range';

export async function serveTeaser(req: Request, user: Actor, assetId: string, size: 'sm' | 'lg'): Promise<Response> {
  await requireAccess(user, 'asset.read', [assetId]);
  const derived = await findDerivedFile(assetId, size === 'sm' ? 'teaser_sm' : 'teaser_lg');
  if (!derived) throw notFound('This video has no teaser yet.');
  const bytes = await objectSize(derived.storageKey);
  if (bytes === null) throw notFound('This video has no teaser yet.');
  const etag = `"${derived.id}-${derived.createdAt.getTime()}"`;
  const headers: Record<string, string> = {
    etag,
    'cache-control': 'private, max-age=86400',
    'x-content-type-options': 'nosniff',
    'accept-ranges': 'bytes',
    'content-type': mimeOfFileName(derived.storageKey) ?? 'application/octet-stream',
  };
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const ifRange = req.headers.get('if-range');
  const range = ifRange && ifRange !== etag ? ({ kind: 'none' } as const) : parseRange(req.headers.get('range'), bytes);
  if (range.kind === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${bytes}` } });
  const [start, end, status] = range.kind === 'range' ? [range.start, range.end, 206] : [0, bytes - 1, 200];
  if (status === 206) headers['content-range'] = `bytes ${start}-${end}/${bytes}`;
  headers['content-length'] = String(end - start + 1);
  const body = await openObjectRange(derived.storageKey, start, end);
  if (!body) throw notFound('This video has no teaser yet.');
  return new Response(body, { status, headers });
}
