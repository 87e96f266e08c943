// Reading an original that openLibraryFile opened: only through its descriptor, never by path.
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { openLibraryFile } from '@/lib/libraries/open-library-file';

/** SHA-1 of an open file, streamed from its descriptor so that a large video never sits in memory. */
export function sha1OfOpenFile(handle: FileHandle): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha1');
    handle
      .createReadStream({ start: 0, autoClose: false })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest()));
  });
}

/** `IMG_1.jpg.xmp` (darktable, digiKam) or `IMG_1.xmp` (Lightroom) next to the photo, opened like any library file. */
export async function readSidecar(root: string, relPath: string): Promise<Buffer | null> {
  const candidates = [`${relPath}.xmp`, `${relPath.slice(0, relPath.length - path.extname(relPath).length)}.xmp`];
  for (const candidate of candidates) {
    const file = await openLibraryFile(root, candidate).catch(() => null);
    if (file?.kind !== 'ok') continue;
    try {
      return await file.handle.readFile();
    } finally {
      await file.handle.close();
    }
  }
  return null;
}
