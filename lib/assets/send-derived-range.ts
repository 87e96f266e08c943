// Sends a stored derived video (a teaser, a motion photo's clip) with HTTP Range, so a
// <video> can fetch it in parts: one range (206/416), ETag and If-None-Match/If-Range, private
// cache, nosniff. The storage key comes from the database row, never from the request.
import { mimeOfFileName } from '@/lib/media/media-types';
import { notFound } from '@/lib/server/errors';
import { statObject } from '@/lib/storage/storage';
import { parseRange } from './parse-range';

export interface StoredDerived {
  id: string;
  storageKey: string;
  createdAt: Date;
}

/** `missing`: the 404's message when the file is not on disk (a row whose file was removed). */
export async function sendDerivedRange(req: Request, derived: StoredDerived, missing: string): Promise<Response> {
  const object = await statObject(derived.storageKey);
  if (!object) throw notFound(missing);
  const bytes = object.size;
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
  const body = await object.openRange(start, end);
  if (!body) throw notFound(missing);
  return new Response(body, { status, headers });
}
