// Raw tus requests through the real route handlers (auth wrapper included), as tus-js-client
// sends them: creation with metadata, HEAD for the offset, PATCH with bytes, DELETE.
import { createHash } from 'node:crypto';
import * as createRoute from '@/app/api/uploads/tus/route';
import * as tusRoute from '@/app/api/uploads/tus/[id]/route';
import { request } from '../support/factories';

const TUS = { 'tus-resumable': '1.0.0' };

export const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex');

const metadata = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');

const noParams = { params: Promise.resolve({}) };

export function createUpload(cookie: string, file: { name: string; bytes: Buffer; checksum?: string; length?: number }): Promise<Response> {
  const headers = {
    ...TUS,
    'upload-length': String(file.length ?? file.bytes.length),
    'upload-metadata': metadata({ filename: file.name, checksum: file.checksum ?? sha1(file.bytes), filetype: 'image/jpeg' }),
  };
  return createRoute.POST(request('/api/uploads/tus', { method: 'POST', cookie, headers }), noParams);
}

/** The upload's path (/api/uploads/tus/<id>) from a creation's Location. */
export const uploadPath = (created: Response) => new URL(created.headers.get('location')!, 'http://localhost:3000').pathname;

export function patchUpload(cookie: string, path: string, offset: number, bytes: Buffer): Promise<Response> {
  const headers = { ...TUS, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' };
  return tusRoute.PATCH(request(path, { method: 'PATCH', cookie, headers, body: new Uint8Array(bytes) }), noParams);
}

export function headUpload(cookie: string, path: string): Promise<Response> {
  return tusRoute.HEAD(request(path, { method: 'HEAD', cookie, headers: TUS }), noParams);
}

export function deleteUpload(cookie: string, path: string): Promise<Response> {
  return tusRoute.DELETE(request(path, { method: 'DELETE', cookie, headers: TUS }), noParams);
}

/** The JSON refusal tus answered with our body. */
export async function refusal(res: Response): Promise<{ code: string; message: string; details: { reason: string; assetId?: string } }> {
  return ((await res.json()) as { error: { code: string; message: string; details: { reason: string; assetId?: string } } }).error;
}
