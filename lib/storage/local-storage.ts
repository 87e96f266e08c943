// Derived files under DATA_DIR/derived, addressed by storage key (never by a path from a
// request). Writes go to a temp name and are renamed, so a crash never leaves half a file.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/server/env';
import { fileRangeStream } from '@/lib/server/file-range-stream';

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

/**
 * Objects a tool writes itself (ffmpeg needs a seekable file for an MP4 with its index up
 * front): `write` gets one temp path per key, each ending in the key's own extension so the
 * tool can tell the format; when it succeeds every temp file is renamed into place, when it
 * throws they are removed. Returns each object's size in bytes.
 */
export async function putObjectsWrittenBy(keys: string[], write: (tempPaths: string[]) => Promise<void>): Promise<number[]> {
  const targets = keys.map(pathForKey);
  const temps = targets.map((t) => `${t}.${randomBytes(6).toString('hex')}.tmp${path.extname(t)}`);
  try {
    await Promise.all(targets.map((t) => mkdir(path.dirname(t), { recursive: true })));
    await write(temps);
    const sizes = await Promise.all(temps.map(async (t) => (await stat(t)).size));
    await Promise.all(temps.map((t, i) => rename(t, targets[i])));
    return sizes;
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw error;
  }
}

/** Part of a stored object, for HTTP Range answers; null when the object is missing. */
export async function openObjectRange(key: string, start: number, end: number): Promise<ReadableStream<Uint8Array> | null> {
  const handle = await open(pathForKey(key), 'r').catch(() => null);
  if (!handle) return null;
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    return null;
  }
  return fileRangeStream(handle, start, end);
}

/** The size of a stored object, or null when it is missing. */
export async function objectSize(key: string): Promise<number | null> {
  const info = await stat(pathForKey(key)).catch(() => null);
  return info?.isFile() ? info.size : null;
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
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return null;
  const size = (await handle.stat()).size; // what this descriptor holds, not the earlier stat
  return { body: fileRangeStream(handle, 0, size - 1), size };
}

/** A whole stored object (a preview, a sprite), or null when it is missing. */
export async function readObject(key: string): Promise<Buffer | null> {
  return readFile(pathForKey(key)).catch(() => null);
}

export async function removeObject(key: string): Promise<void> {
  await rm(pathForKey(key), { force: true });
}
