// Encryption at rest for derived files: AES-256-GCM in 64 KiB chunks, so a Range read
// decrypts only the chunks it touches. Layout:
//   header (24 bytes): "SBXENC" | version 1 | 0 | key fingerprint (8) | nonce prefix (8)
//   chunks: ciphertext (≤ 64 KiB) | GCM tag (16), at least one (an empty object has one empty chunk)
// Each chunk's nonce is the object's random prefix + the chunk index; its additional data is
// the header, the index, a "last chunk" flag and the object key, so chunks cannot be swapped,
// dropped from the end or moved to another object without failing their tag. The fingerprint
// (HMAC of a fixed label under the key) tells a wrong key apart from a damaged file.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Transform } from 'node:stream';

export const CHUNK_PLAIN = 64 * 1024;
const TAG = 16;
const CHUNK_STORED = CHUNK_PLAIN + TAG;
export const HEADER_BYTES = 24;
const MAGIC = Buffer.from('SBXENC');
const VERSION = 1;

export interface EncryptionKey {
  key: Buffer;
  fingerprint: Buffer;
}

export function encryptionKey(key: Buffer): EncryptionKey {
  return { key, fingerprint: createHmac('sha256', key).update('shoebox-storage').digest().subarray(0, 8) };
}

export class WrongKeyError extends Error {}
export class DamagedObjectError extends Error {}

export const isEncrypted = (head: Buffer) => head.length >= HEADER_BYTES && head.subarray(0, MAGIC.length).equals(MAGIC);

/** Throws WrongKeyError when the object was written under another key. */
export function checkHeader(head: Buffer, key: EncryptionKey): void {
  if (head[MAGIC.length] !== VERSION) throw new DamagedObjectError(`unknown encryption format version ${head[MAGIC.length]}`);
  if (!head.subarray(8, 16).equals(key.fingerprint)) throw new WrongKeyError('written under a different STORAGE_ENCRYPTION_KEY');
}

export const storedSize = (plain: number) => HEADER_BYTES + Math.max(1, Math.ceil(plain / CHUNK_PLAIN)) * TAG + plain;

export function plainSize(stored: number): number {
  const body = stored - HEADER_BYTES;
  const chunks = Math.max(1, Math.ceil(body / CHUNK_STORED));
  const plain = body - chunks * TAG;
  if (plain < 0 || storedSize(plain) !== stored) throw new DamagedObjectError('encrypted object has an impossible length');
  return plain;
}

function newHeader(key: EncryptionKey): Buffer {
  return Buffer.concat([MAGIC, Buffer.from([VERSION, 0]), key.fingerprint, randomBytes(8)]);
}

function chunkParams(header: Buffer, objectKey: string, index: number, last: boolean) {
  const counter = Buffer.alloc(4);
  counter.writeUInt32BE(index);
  const nonce = Buffer.concat([header.subarray(16, 24), counter]);
  const aad = Buffer.concat([header, counter, Buffer.from([last ? 1 : 0]), Buffer.from(objectKey, 'utf8')]);
  return { nonce, aad };
}

function sealChunk(key: EncryptionKey, header: Buffer, objectKey: string, index: number, last: boolean, plain: Buffer): Buffer {
  const { nonce, aad } = chunkParams(header, objectKey, index, last);
  const cipher = createCipheriv('aes-256-gcm', key.key, nonce).setAAD(aad);
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

function openChunk(key: EncryptionKey, header: Buffer, objectKey: string, index: number, last: boolean, stored: Buffer): Buffer {
  const { nonce, aad } = chunkParams(header, objectKey, index, last);
  const decipher = createDecipheriv('aes-256-gcm', key.key, nonce).setAAD(aad);
  decipher.setAuthTag(stored.subarray(stored.length - TAG));
  try {
    return Buffer.concat([decipher.update(stored.subarray(0, stored.length - TAG)), decipher.final()]);
  } catch {
    throw new DamagedObjectError(`chunk ${index} failed its integrity check`);
  }
}

export function encryptBuffer(key: EncryptionKey, objectKey: string, plain: Uint8Array): Buffer {
  const header = newHeader(key);
  const parts = [header];
  const chunks = Math.max(1, Math.ceil(plain.length / CHUNK_PLAIN));
  for (let i = 0; i < chunks; i++) {
    const slice = Buffer.from(plain.buffer, plain.byteOffset + i * CHUNK_PLAIN, Math.min(CHUNK_PLAIN, plain.length - i * CHUNK_PLAIN));
    parts.push(sealChunk(key, header, objectKey, i, i === chunks - 1, slice));
  }
  return Buffer.concat(parts);
}

export function decryptBuffer(key: EncryptionKey, objectKey: string, stored: Buffer): Buffer {
  checkHeader(stored, key);
  const header = stored.subarray(0, HEADER_BYTES);
  const chunks = Math.max(1, Math.ceil(plainSize(stored.length) / CHUNK_PLAIN));
  const parts: Buffer[] = [];
  for (let i = 0; i < chunks; i++) {
    const from = HEADER_BYTES + i * CHUNK_STORED;
    parts.push(openChunk(key, header, objectKey, i, i === chunks - 1, stored.subarray(from, Math.min(from + CHUNK_STORED, stored.length))));
  }
  return Buffer.concat(parts);
}

/** Encrypts a stream of unknown length: a full chunk is held back until we know whether it is the last. */
export function encryptingStream(key: EncryptionKey, objectKey: string): Transform {
  const header = newHeader(key);
  let pending = Buffer.alloc(0);
  let index = 0;
  let started = false;
  return new Transform({
    transform(data: Buffer, _encoding, done) {
      if (!started) {
        this.push(header);
        started = true;
      }
      pending = Buffer.concat([pending, data]);
      while (pending.length > CHUNK_PLAIN) {
        this.push(sealChunk(key, header, objectKey, index++, false, pending.subarray(0, CHUNK_PLAIN)));
        pending = pending.subarray(CHUNK_PLAIN);
      }
      done();
    },
    flush(done) {
      if (!started) this.push(header);
      this.push(sealChunk(key, header, objectKey, index, true, pending));
      done();
    },
  });
}

/** Which stored bytes hold plaintext bytes start..end, and where the wanted bytes begin in the first chunk. */
export function storedRangeFor(start: number, end: number, stored: number) {
  const first = Math.floor(start / CHUNK_PLAIN);
  const lastChunk = Math.floor(end / CHUNK_PLAIN);
  return {
    first,
    from: HEADER_BYTES + first * CHUNK_STORED,
    to: Math.min(HEADER_BYTES + (lastChunk + 1) * CHUNK_STORED, stored) - 1,
    skip: start - first * CHUNK_PLAIN,
    length: end - start + 1,
  };
}

/**
 * Decrypts stored bytes `range.from..range.to` (whole chunks) back to the plaintext range
 * asked for. A chunk that fails its tag errors the stream: the reader gets an error, never
 * bytes that were not written by us.
 */
export function decryptingStream(key: EncryptionKey, objectKey: string, header: Buffer, stored: number, range: ReturnType<typeof storedRangeFor>, source: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const lastIndex = Math.max(1, Math.ceil(plainSize(stored) / CHUNK_PLAIN)) - 1;
  let index = range.first;
  let pending = Buffer.alloc(0);
  let skip = range.skip;
  let remaining = range.length;
  const emit = (controller: TransformStreamDefaultController<Uint8Array>, chunk: Buffer) => {
    const plain = openChunk(key, header, objectKey, index, index === lastIndex, chunk);
    index += 1;
    const wanted = plain.subarray(skip, skip + remaining);
    skip = 0;
    remaining -= wanted.length;
    if (wanted.length) controller.enqueue(new Uint8Array(wanted));
  };
  return source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(data, controller) {
        pending = Buffer.concat([pending, data]);
        while (pending.length >= CHUNK_STORED) {
          emit(controller, pending.subarray(0, CHUNK_STORED));
          pending = pending.subarray(CHUNK_STORED);
        }
      },
      flush(controller) {
        if (pending.length) emit(controller, pending);
        if (remaining > 0) throw new DamagedObjectError('encrypted object ended early');
      },
    }),
  );
}
