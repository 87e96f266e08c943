// The original file of an asset, for download and for the video player. The path comes from
// the database only; openLibraryFile opens it and then checks that what it opened is inside the
// library root, and the bytes are streamed from that descriptor (a symlink swapped in at any
// moment cannot reach outside). Range requests, ETag, private cache, nosniff; the content
// type is one of a known safe list, and the file is always an attachment.
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { servedTypeOfOriginal } from '@/lib/media/media-types';
import { notFound } from '@/lib/server/errors';
import { parseRange } from './parse-range';
import { findOriginalForOwner } from './asset-actions.queries';

function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function serveOriginal(req: Request, user: Actor, assetId: string): Promise<Response> {
  await requireAccess(user, 'asset.download', [assetId]);
  const asset = await findOriginalForOwner(user.id, assetId);
  if (!asset) throw notFound('No such photo.');
  const file = await openLibraryFile(asset.library.rootPath, asset.relPath);
  if (file.kind !== 'ok') throw notFound('The original file is not available (moved, deleted, empty or outside its library).');
  let streaming = false;
  try {
    const etag = `"${file.size.toString(16)}-${file.mtime.getTime().toString(16)}"`;
    const headers: Record<string, string> = {
      'content-type': servedTypeOfOriginal(asset.mime, asset.relPath),
      'content-disposition': attachment(path.posix.basename(asset.relPath)),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=3600',
      'accept-ranges': 'bytes',
      etag,
    };
    if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    const ifRange = req.headers.get('if-range');
    const range = ifRange && ifRange !== etag ? ({ kind: 'none' } as const) : parseRange(req.headers.get('range'), file.size);
    if (range.kind === 'unsatisfiable') {
      return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${file.size}` } });
    }
    const [start, end, status] = range.kind === 'range' ? [range.start, range.end, 206] : [0, file.size - 1, 200];
    if (status === 206) headers['content-range'] = `bytes ${start}-${end}/${file.size}`;
    headers['content-length'] = String(end - start + 1);
    if (req.method === 'HEAD') return new Response(null, { status, headers });
    // The stream owns the descriptor from here: it closes it at the end or when the client goes away.
    const stream = file.handle.createReadStream({ start, end, autoClose: true });
    streaming = true;
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers });
  } finally {
    if (!streaming) await file.handle.close();
  }
}
