// What a place that keeps derived files can do. Two drivers: the local data dir and an
// S3-compatible bucket. Drivers store bytes as given; encryption at rest sits above them
// (object-store.ts), so `storage migrate` copies ciphertext as is and never needs the key.
import type { Readable } from 'node:stream';

export interface StoredObject {
  key: string;
  /** Bytes as stored (ciphertext size when the object is encrypted). */
  size: number;
}

export interface OpenedObject {
  /** Small objects come whole (one read beats a stream for a thumbnail); large ones stream. */
  body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
  size: number;
}

export interface StorageDriver {
  readonly name: 'local' | 's3';
  put(key: string, data: Uint8Array): Promise<void>;
  /** A streamed write (multipart on S3) for large objects and anything read from a file. */
  putStream(key: string, body: Readable): Promise<void>;
  /** Stores a file written elsewhere; `move`: the file is consumed (renamed locally, removed after upload to S3). */
  putFile(key: string, file: string, move: boolean): Promise<void>;
  /** Bytes start..end inclusive, or null when the object is missing. */
  openRange(key: string, start: number, end: number): Promise<ReadableStream<Uint8Array> | null>;
  open(key: string): Promise<OpenedObject | null>;
  /** The first `length` bytes and the total size in one request, or null when missing. */
  peek(key: string, length: number): Promise<{ head: Buffer; size: number } | null>;
  size(key: string): Promise<number | null>;
  read(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
  /** Every object whose key starts with `prefix`, a page at a time, in key order. */
  list(prefix: string): AsyncGenerator<StoredObject[]>;
}

/** Thumbnails (tens of KB) are read whole; larger objects stream. */
export const READ_WHOLE_BELOW = 512 * 1024;

const KEY_PATTERN = /^[a-z0-9_-]+(\/[a-z0-9_.-]+)*$/i;

/** Keys come from our database rows, never from a request; still, nothing may climb out. */
export function assertStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key) || key.includes('..')) throw new Error(`Invalid storage key: ${key}`);
}
