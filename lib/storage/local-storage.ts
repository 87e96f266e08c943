// Derived files under DATA_DIR/derived, addressed by storage key (never by a path from a
// request). Writes go to a temp name and are renamed, so a crash never leaves half a file.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { env } from '@/lib/server/env';

const KEY_PATTERN = /^[a-z0-9_-]+(\/[a-z0-9_.-]+)*$/i;

export function derivedRoot(): string {
  return path.join(env.DATA_DIR, 'derived');
}

function pathForKey(key: string): string {
  if (!KEY_PATTERN.test(key) || key.includes('..')) throw new Error(`Invalid storage key: ${key}`);
  return path.join(derivedRoot(), key);
}

export async function putObject(key: string, data: Buffer): Promise<void> {
  const target = pathForKey(key);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, data);
  await rename(temp, target);
}

// Thumbnails (tens of KB) are read whole: one read is far cheaper than a file stream wrapped
// as a web stream, and a timeline jump asks for dozens at once. Larger objects stream.
const READ_WHOLE_BELOW = 512 * 1024;

export async function openObject(key: string): Promise<{ body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>; size: number } | null> {
  const file = pathForKey(key);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  if (info.size < READ_WHOLE_BELOW) {
    const bytes = await readFile(file).catch(() => null);
    return bytes ? { body: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) as Uint8Array<ArrayBuffer>, size: bytes.length } : null;
  }
  return { body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size: info.size };
}

export async function removeObject(key: string): Promise<void> {
  await rm(pathForKey(key), { force: true });
}
