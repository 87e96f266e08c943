// Brotli for JSON answers. Next's own server (router-server) already gzips compressible answers
// of 1 KB and more for clients that accept gzip, but never uses brotli (docs/operate.md has the
// measurement); brotli makes the big JSON answers (timeline buckets, search pages) a fifth to a
// third smaller again. Next leaves a response that already has a Content-Encoding alone.
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { appendVary } from './cors';

const brotli = promisify(brotliCompress);
/** Below this, compression costs more than the bytes it saves (Next's gzip threshold too). */
const MIN_BYTES = 1024;
/** Quality 5: most of brotli's gain at a few milliseconds per megabyte (11, its default, takes seconds). */
const QUALITY = 5;

function acceptsBrotli(req: Request): boolean {
  return (req.headers.get('accept-encoding') ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([coding, ...params]) => coding.trim().toLowerCase() === 'br' && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)));
}

/** The response brotli-compressed when it is JSON of 1 KB or more and the client accepts br; otherwise itself. */
export async function compressJson(req: Request, response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.startsWith('application/json')) return response;
  if (response.headers.has('content-encoding') || !response.body || req.method === 'HEAD') return response;
  appendVary(response.headers, 'accept-encoding');
  if (!acceptsBrotli(req)) return response;
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length < MIN_BYTES) return new Response(body, response);
  const compressed = await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const headers = new Headers(response.headers);
  headers.set('content-encoding', 'br');
  headers.delete('content-length');
  return new Response(compressed, { status: response.status, statusText: response.statusText, headers });
}
