// Finds an original by its database path. Its real path must still be inside the library
// root (a symlink pointing out of the root is refused); the path never comes from a request.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInsideOrEqual } from '@/lib/libraries/validate-library-root';

export type OriginalFile =
  | { kind: 'ok'; path: string; size: number; mtime: Date }
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string };

export async function locateOriginal(root: string, relPath: string): Promise<OriginalFile> {
  try {
    const realRoot = await realpath(root);
    const real = await realpath(path.join(realRoot, relPath));
    if (!isInsideOrEqual(realRoot, real)) return { kind: 'unreadable', reason: 'The file is a link to a place outside the library folder.' };
    const info = await stat(real);
    if (!info.isFile()) return { kind: 'unreadable', reason: 'This is not a regular file.' };
    if (info.size === 0) return { kind: 'unreadable', reason: 'The file is empty (0 bytes).' };
    return { kind: 'ok', path: real, size: info.size, mtime: info.mtime };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'EACCES' || code === 'EPERM') return { kind: 'unreadable', reason: 'Permission denied: Shoebox cannot read this file.' };
    if (code === 'ELOOP') return { kind: 'unreadable', reason: 'The file is a symlink loop.' };
    throw error;
  }
}

/** SHA-1 of a file, streamed so that a large video never sits in memory. */
export function sha1File(file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha1');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest()));
  });
}
