// Derived files through a driver, with optional encryption at rest on top. Sizes and ranges
// are always in plaintext bytes. Objects written before encryption was turned on (no header)
// still read as they are; an encrypted object read without the right key is a clear error
// (storage_key_mismatch), never ciphertext served as an image.
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { AppError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import {
  DamagedObjectError,
  HEADER_BYTES,
  WrongKeyError,
  checkHeader,
  decryptBuffer,
  decryptingStream,
  encryptBuffer,
  encryptingStream,
  isEncrypted,
  plainSize,
  storedRangeFor,
  type EncryptionKey,
} from './encryption';
import { assertStorageKey, type OpenedObject, type StorageDriver, type StoredObject } from './storage-driver';

const reported = new Set<string>();

/** Turns a decryption failure into the error the admin can act on, logged once per object. */
function storageError(objectKey: string, error: unknown): unknown {
  if (error instanceof WrongKeyError) {
    if (!reported.has(objectKey)) log.error({ storageKey: objectKey }, `stored file ${error.message}`);
    reported.add(objectKey);
    return new AppError('storage_key_mismatch', 'A stored file cannot be decrypted with this server’s key. An admin should check STORAGE_ENCRYPTION_KEY: it must be the key the files were written with.');
  }
  if (error instanceof DamagedObjectError) {
    if (!reported.has(objectKey)) log.error({ storageKey: objectKey }, `stored file is damaged: ${error.message}`);
    reported.add(objectKey);
    return new AppError('storage_damaged', 'A stored file is damaged. Rescanning the library rebuilds it.');
  }
  return error;
}

export class ObjectStore {
  constructor(
    readonly driver: StorageDriver,
    private readonly key: EncryptionKey | null,
  ) {}

  get encrypted(): boolean {
    return this.key !== null;
  }

  private keyFor(objectKey: string): EncryptionKey {
    if (this.key) return this.key;
    throw storageError(objectKey, new WrongKeyError('is encrypted but STORAGE_ENCRYPTION_KEY is not set'));
  }

  private decode(objectKey: string, stored: Buffer): Buffer {
    if (!isEncrypted(stored)) return stored;
    try {
      return decryptBuffer(this.keyFor(objectKey), objectKey, stored);
    } catch (error) {
      throw storageError(objectKey, error);
    }
  }

  /** The object's plaintext size and, when encrypted, its header; null when missing. */
  private async head(objectKey: string): Promise<{ size: number; stored: number; header: Buffer | null } | null> {
    assertStorageKey(objectKey);
    const peeked = await this.driver.peek(objectKey, HEADER_BYTES);
    if (!peeked) return null;
    if (!isEncrypted(peeked.head)) return { size: peeked.size, stored: peeked.size, header: null };
    try {
      checkHeader(peeked.head, this.keyFor(objectKey));
      return { size: plainSize(peeked.size), stored: peeked.size, header: peeked.head };
    } catch (error) {
      throw storageError(objectKey, error);
    }
  }

  async put(objectKey: string, data: Uint8Array): Promise<void> {
    assertStorageKey(objectKey);
    await this.driver.put(objectKey, this.key ? encryptBuffer(this.key, objectKey, data) : data);
  }

  /** Stores a file (a tool's output, a database backup), streamed. `move`: the file is consumed. Returns its size. */
  async putFile(objectKey: string, file: string, options: { move?: boolean } = {}): Promise<number> {
    assertStorageKey(objectKey);
    const { size } = await stat(file);
    if (!this.key) await this.driver.putFile(objectKey, file, options.move ?? false);
    else {
      await this.driver.putStream(objectKey, createReadStream(file).pipe(encryptingStream(this.key, objectKey)));
      if (options.move) await rm(file, { force: true });
    }
    return size;
  }

  async putStream(objectKey: string, body: Readable): Promise<void> {
    assertStorageKey(objectKey);
    await this.driver.putStream(objectKey, this.key ? body.pipe(encryptingStream(this.key, objectKey)) : body);
  }

  async size(objectKey: string): Promise<number | null> {
    return (await this.head(objectKey))?.size ?? null;
  }

  async openRange(objectKey: string, start: number, end: number): Promise<ReadableStream<Uint8Array> | null> {
    const head = await this.head(objectKey);
    return head && this.openRangeOf(objectKey, head, start, end);
  }

  /**
   * The object's size and a way to read ranges of it without asking for its header again:
   * an HTTP Range answer needs the size first, and on S3 each look is a round trip.
   */
  async stat(objectKey: string): Promise<{ size: number; openRange: (start: number, end: number) => Promise<ReadableStream<Uint8Array> | null> } | null> {
    const head = await this.head(objectKey);
    return head && { size: head.size, openRange: (start, end) => this.openRangeOf(objectKey, head, start, end) };
  }

  private async openRangeOf(objectKey: string, head: { stored: number; header: Buffer | null }, start: number, end: number): Promise<ReadableStream<Uint8Array> | null> {
    if (!head.header) return this.driver.openRange(objectKey, start, end);
    const range = storedRangeFor(start, end, head.stored);
    const source = await this.driver.openRange(objectKey, range.from, range.to);
    return source && decryptingStream(this.keyFor(objectKey), objectKey, head.header, head.stored, range, source);
  }

  async open(objectKey: string): Promise<OpenedObject | null> {
    assertStorageKey(objectKey);
    const opened = await this.driver.open(objectKey);
    if (!opened) return null;
    if (opened.body instanceof Uint8Array) {
      const plain = this.decode(objectKey, Buffer.from(opened.body.buffer, opened.body.byteOffset, opened.body.length));
      return { body: new Uint8Array(plain.buffer, plain.byteOffset, plain.length) as Uint8Array<ArrayBuffer>, size: plain.length };
    }
    // A large object: its header says whether it is encrypted (even with encryption now off,
    // it may have been written while it was on), then it streams.
    await opened.body.cancel();
    const head = await this.head(objectKey);
    if (!head) return null;
    const body = await this.openRange(objectKey, 0, Math.max(0, head.size - 1));
    return body && { body, size: head.size };
  }

  async read(objectKey: string): Promise<Buffer | null> {
    assertStorageKey(objectKey);
    const stored = await this.driver.read(objectKey);
    return stored && this.decode(objectKey, stored);
  }

  async exists(objectKey: string): Promise<boolean> {
    assertStorageKey(objectKey);
    return (await this.driver.size(objectKey)) !== null;
  }

  async remove(objectKey: string): Promise<void> {
    assertStorageKey(objectKey);
    await this.driver.remove(objectKey);
  }

  /** Keys under a prefix, a page at a time; sizes are as stored (ciphertext when encrypted). */
  list(prefix: string): AsyncGenerator<StoredObject[]> {
    return this.driver.list(prefix);
  }
}
