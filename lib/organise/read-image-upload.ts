// The bytes of an uploaded image, multipart (a form's file field, any name) or the raw body,
// at most MAX_IMAGE_BYTES: a declared Content-Length over it is refused before reading, and a
// streamed body is read only until it passes the limit.
import { AppError } from '@/lib/server/errors';
import { MAX_IMAGE_BYTES } from './organise.schemas';

const tooLarge = () => new AppError('payload_too_large', 'Images can be up to 10 MB.', { limitBytes: MAX_IMAGE_BYTES });

async function readCapped(body: ReadableStream<Uint8Array> | null): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_IMAGE_BYTES + 64 * 1024) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function readImageUpload(req: Request): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_IMAGE_BYTES + 64 * 1024) {
    await req.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const type = req.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) {
    const raw = await readCapped(req.body);
    if (raw.length > MAX_IMAGE_BYTES) throw tooLarge();
    return raw;
  }
  // The multipart envelope is read within the same cap, then parsed.
  const raw = await readCapped(req.body);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
  } catch {
    throw new AppError('bad_request', 'The upload is not a readable form.');
  }
  const file = [...form.values()].find((v): v is File => typeof v !== 'string');
  if (!file) throw new AppError('validation_failed', 'Choose an image file to upload.', { formErrors: ['Choose an image file to upload.'], fieldErrors: {} });
  if (file.size > MAX_IMAGE_BYTES) throw tooLarge();
  return Buffer.from(await file.arrayBuffer());
}
