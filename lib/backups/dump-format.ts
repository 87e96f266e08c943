// The built-in dump's file format (used when no pg_dump at least as new as the server is
// found): gzip over a stream of framed records, so a reader never holds more than one chunk of
// one table's COPY output (a 1.1M-asset library works in constant memory) and a file cut short
// or damaged is detected — by gzip's own checksum, by a frame that does not fit, by a table
// whose row count does not match its end record, or by the missing end record.
//
// Frame: 1 byte kind, 4 bytes big-endian payload length, payload. Kinds:
//   H header (JSON, first)   T table start (JSON)   D COPY data of the current table (bytes)
//   E table end (JSON rows)  S sequences (JSON)     Z end of dump (JSON, last)
// The first frame's JSON names the format, so restore tells a built-in dump from another gzip
// file; pg_dump's custom files start with PGDMP instead of gzip's 1f 8b.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export const DUMP_FORMAT = 'shoebox-copy-dump';
export const DUMP_VERSION = 1;
/** pg_dump --format=custom files begin with these bytes. */
export const PG_DUMP_MAGIC = Buffer.from('PGDMP');
export const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
/** Frames are at most this long: a COPY chunk is far smaller; anything longer is damage. */
const MAX_FRAME = 64 * 1024 * 1024;

export type FrameKind = 'H' | 'T' | 'D' | 'E' | 'S' | 'Z';

export interface DumpHeader {
  format: typeof DUMP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  /** Names from _prisma_migrations that were applied (finished, not rolled back) when dumped. */
  migrations: string[];
  /** Ids of graphile_worker.migrations when dumped. */
  workerMigrations: number[];
  /** COPY's text format: documented as portable between server versions (binary is not). */
  copyFormat: 'text';
}

export interface DumpTable {
  schema: string;
  name: string;
  columns: string[];
}

export interface DumpSequence {
  schema: string;
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface DumpTrailer {
  tables: number;
}

export class DumpDamagedError extends Error {}

export function frame(kind: FrameKind, payload: Buffer): Buffer[] {
  const head = Buffer.alloc(5);
  head.write(kind, 0, 'latin1');
  head.writeUInt32BE(payload.length, 1);
  return [head, payload];
}

export function jsonFrame(kind: FrameKind, value: unknown): Buffer[] {
  return frame(kind, Buffer.from(JSON.stringify(value)));
}

export interface Frame {
  kind: FrameKind;
  payload: Buffer;
}

/** The frames of a byte stream, in order; throws DumpDamagedError when the bytes end mid-frame. */
export async function* readFrames(bytes: AsyncIterable<Buffer>): AsyncGenerator<Frame> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of bytes) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let offset = 0;
    while (pending.length - offset >= 5) {
      const kind = String.fromCharCode(pending[offset]);
      const length = pending.readUInt32BE(offset + 1);
      if (!'HTDESZ'.includes(kind) || length > MAX_FRAME) throw new DumpDamagedError(`an unknown record (kind ${JSON.stringify(kind)}, ${length} bytes)`);
      if (pending.length - offset - 5 < length) break;
      yield { kind: kind as FrameKind, payload: pending.subarray(offset + 5, offset + 5 + length) };
      offset += 5 + length;
    }
    pending = pending.subarray(offset);
  }
  if (pending.length) throw new DumpDamagedError('the file ends in the middle of a record');
}

/** The frames of a built-in dump file (gunzipped); gzip's errors become DumpDamagedError. */
export async function* readDumpFile(file: string): AsyncGenerator<Frame> {
  const gunzip = createReadStream(file).pipe(createGunzip());
  try {
    yield* readFrames(gunzip);
  } catch (error) {
    if (error instanceof DumpDamagedError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || /unexpected end|incorrect header|invalid/i.test((error as Error).message)) {
      throw new DumpDamagedError(`gzip: ${(error as Error).message}`, { cause: error });
    }
    throw error;
  } finally {
    gunzip.destroy();
  }
}

export function parseJson<T>(f: Frame): T {
  try {
    return JSON.parse(f.payload.toString('utf8')) as T;
  } catch {
    throw new DumpDamagedError(`a ${f.kind} record is not readable`);
  }
}
