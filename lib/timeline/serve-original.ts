// The original file of an asset, for download and for the video player. The path comes from
// the database only and its real path must stay inside the library root (a symlink swapped
// in after the scan cannot reach outside). Range requests, ETag, private cache, nosniff; the
// content type is one of a known safe list, and the file is always an attachment.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { isInsideOrEqual } from '@/lib/libraries/validate-library-root';
import { notFound } from '@/lib/server/errors';
import { parseRange } from './parse-range';
import { findOriginalForOwner } from './timeline.queries';

const SAFE_TYPES = new Set([
  'image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/heic', 'image/heif', 'image/tiff',
  'video/mp4', 'video/webm', 'video/quicktime', 'video/x-matroska', 'video/ogg',
]);
const TYPE_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif',
  '.heic': 'image/heic', '.avif': 'image/avif', '.mp4': 'video/mp4', '.m4v': 'video/mp4', '.webm': 'video/webm',
  '.mov': 'video/quicktime', '.mkv': 'video/x-matroska',
};

function contentTypeOf(mime: string | null, relPath: string): string {
  const type = mime?.toLowerCase() ?? TYPE_BY_EXTENSION[path.extname(relPath).toLowerCase()];
  return type && SAFE_TYPES.has(type) ? type : 'application/octet-stream';
}

function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

async function openInsideRoot(root: string, relPath: string) {
  try {
    const realRoot = await realpath(root);
    const real = await realpath(path.join(realRoot, relPath));
    if (!isInsideOrEqual(realRoot, real)) return null;
    const info = await stat(real);
    return info.isFile() ? { real, size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

export async function serveOriginal(req: Request, userId: string, assetId: string): Promise<Response> {
  const asset = await findOriginalForOwner(userId, assetId);
  if (!asset) throw notFound('No such photo.');
  const file = await openInsideRoot(asset.library.rootPath, asset.relPath);
  if (!file) throw notFound('The original file is not available (moved, deleted or outside its library).');
  const etag = `"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'content-type': contentTypeOf(asset.mime, asset.relPath),
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
  headers['content-length'] = String(file.size === 0 ? 0 : end - start + 1);
  if (req.method === 'HEAD' || file.size === 0) return new Response(null, { status, headers });
  const body = Readable.toWeb(createReadStream(file.real, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}
