// Sends a library file that openLibraryFile opened: Range requests (one range, 206/416), ETag
// and If-None-Match/If-Range, private cache, nosniff. The bytes come from the checked
// descriptor; the response's stream closes it at the end or when the client goes away, and it
// is closed here when no stream is made (304, 416, HEAD, an error).
import type { FileHandle } from 'node:fs/promises';
import { fileRangeStream } from '@/lib/server/file-range-stream';
import { parseRange } from './parse-range';

export interface OpenedFile {
  handle: FileHandle;
  size: number;
  mtime: Date;
}

export async function sendOpenedFile(req: Request, file: OpenedFile, extraHeaders: Record<string, string>): Promise<Response> {
  let streaming = false;
  try {
    const etag = `"${file.size.toString(16)}-${file.mtime.getTime().toString(16)}"`;
    const headers: Record<string, string> = {
      ...extraHeaders,
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
    const body = fileRangeStream(file.handle, start, end, req.signal);
    streaming = true;
    return new Response(body, { status, headers });
  } finally {
    if (!streaming) await file.handle.close();
  }
}
