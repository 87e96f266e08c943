// Derived files under a folder of the data dir (DATA_DIR/derived). Writes go to a temp name
// and are renamed, so a crash never leaves half a file under the real name.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, open, opendir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileRangeStream } from '@/lib/server/file-range-stream';
import { READ_WHOLE_BELOW, type OpenedObject, type StorageDriver, type StoredObject } from './storage-driver';

const TEMP_NAME = /\.[0-9a-f]+\.tmp(\.[a-z0-9]+)?$/;
const LIST_PAGE = 1000;

export class LocalDriver implements StorageDriver {
  readonly name = 'local';

  constructor(readonly root: string) {}

  private file(key: string): string {
    return path.join(this.root, key);
  }

  private async tempFor(key: string): Promise<string> {
    const target = this.file(key);
    await mkdir(path.dirname(target), { recursive: true });
    return `${target}.${randomBytes(6).toString('hex')}.tmp`;
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const temp = await this.tempFor(key);
    await writeFile(temp, data);
    await rename(temp, this.file(key));
  }

  async putStream(key: string, body: Readable): Promise<void> {
    const temp = await this.tempFor(key);
    try {
      await pipeline(body, createWriteStream(temp));
      await rename(temp, this.file(key));
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async putFile(key: string, file: string, move: boolean): Promise<void> {
    const temp = await this.tempFor(key);
    // A rename when a tool wrote inside the data dir (the usual case); a copy across disks.
    const renamed = move && (await rename(file, temp).then(() => true, () => false));
    if (!renamed) await copyFile(file, temp);
    if (move && !renamed) await rm(file, { force: true });
    await rename(temp, this.file(key));
  }

  async openRange(key: string, start: number, end: number): Promise<ReadableStream<Uint8Array> | null> {
    const handle = await open(this.file(key), 'r').catch(() => null);
    if (!handle) return null;
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      return null;
    }
    return fileRangeStream(handle, start, end);
  }

  async open(key: string): Promise<OpenedObject | null> {
    const file = this.file(key);
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

  async peek(key: string, length: number): Promise<{ head: Buffer; size: number } | null> {
    const handle = await open(this.file(key), 'r').catch(() => null);
    if (!handle) return null;
    try {
      const info = await handle.stat();
      if (!info.isFile()) return null;
      const head = Buffer.alloc(Math.min(length, info.size));
      await handle.read(head, 0, head.length, 0);
      return { head, size: info.size };
    } finally {
      await handle.close();
    }
  }

  async size(key: string): Promise<number | null> {
    const info = await stat(this.file(key)).catch(() => null);
    return info?.isFile() ? info.size : null;
  }

  async read(key: string): Promise<Buffer | null> {
    return readFile(this.file(key)).catch(() => null);
  }

  async remove(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }

  async *list(prefix: string): AsyncGenerator<StoredObject[]> {
    let page: StoredObject[] = [];
    for await (const key of walk(this.root, '')) {
      if (!key.startsWith(prefix)) continue;
      const info = await stat(this.file(key)).catch(() => null);
      if (!info?.isFile()) continue;
      page.push({ key, size: info.size });
      if (page.length === LIST_PAGE) {
        yield page;
        page = [];
      }
    }
    if (page.length) yield page;
  }
}

/** Keys under `dir` in key order, skipping temp files (a write in progress is no object yet). */
async function* walk(root: string, relative: string): AsyncGenerator<string> {
  const dir = await opendir(path.join(root, relative)).catch(() => null);
  if (!dir) return;
  const entries: { name: string; isDir: boolean }[] = [];
  for await (const entry of dir) entries.push({ name: entry.name, isDir: entry.isDirectory() });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const key = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDir) yield* walk(root, key);
    else if (!TEMP_NAME.test(entry.name)) yield key;
  }
}
