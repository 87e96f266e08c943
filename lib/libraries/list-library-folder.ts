// The names in a folder of a library, for finding files that belong beside an asset (subtitles
// next to a video). Like open-library-file.ts, the folder is opened first and what was opened is
// checked: a folder swapped for a symlink to somewhere else lists nothing. The names are read
// through the opened descriptor (/proc/self/fd/N), never through the path again. Each file found
// is still opened with openLibraryFile.
import { constants } from 'node:fs';
import { type FileHandle, open, readdir, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isInsideOrEqual } from './validate-library-root';

export async function listLibraryFolder(root: string, relDir: string): Promise<string[]> {
  let handle: FileHandle | undefined;
  try {
    const realRoot = await realpath(root);
    handle = await open(path.join(realRoot, relDir), constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOCTTY);
    const named = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => null);
    // Without /proc there is no way to read through the descriptor: list nothing rather than trust the path.
    if (named === null || !isInsideOrEqual(realRoot, named)) return [];
    return await readdir(`/proc/self/fd/${handle.fd}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM' || code === 'ELOOP') return [];
    throw error;
  } finally {
    await handle?.close();
  }
}
