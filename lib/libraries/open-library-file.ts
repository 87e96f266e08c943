// The one way Shoebox opens a file in a library folder. A user who can write into their library
// can swap any folder on a path for a symlink at any moment, so checking a path and opening it
// later (even a microsecond later) can open a file outside the library. Here the file is
// opened first and what was opened is checked: the kernel's name for the open descriptor
// (/proc/self/fd/N) must be inside the library's real root, and it must be a regular file.
// Every later read — bytes, streams, ffmpeg — goes through that descriptor, never the path.
import { constants, type Stats } from 'node:fs';
import { type FileHandle, open, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInsideOrEqual } from './validate-library-root';

export type LibraryFile =
  /** mtime is Node's Date (rounded to the millisecond); mtimeMs the exact value, as the walker sees it. */
  | { kind: 'ok'; handle: FileHandle; size: number; mtime: Date; mtimeMs: number }
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string };

// O_NONBLOCK: a FIFO planted in a library must not hang the opener (it is refused as "not a
// regular file" right after). O_NOCTTY: a terminal device never becomes ours. Symlinks inside
// the root are allowed (the walker follows them), so the last component may be one; where it
// points is what the check below looks at.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

const OUTSIDE = 'The file is a link to a place outside the library folder.';

export async function openLibraryFile(root: string, relPath: string): Promise<LibraryFile> {
  let handle: FileHandle | undefined;
  try {
    const realRoot = await realpath(root);
    const file = path.join(realRoot, relPath);
    handle = await open(file, OPEN_FLAGS);
    const info = await handle.stat();
    if (!(await isOpenedInside(handle, file, info, realRoot))) return refuse(handle, OUTSIDE);
    if (!info.isFile()) return refuse(handle, 'This is not a regular file.');
    if (info.size === 0) return refuse(handle, 'The file is empty (0 bytes).');
    return { kind: 'ok', handle, size: info.size, mtime: info.mtime, mtimeMs: info.mtimeMs };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'EACCES' || code === 'EPERM') return { kind: 'unreadable', reason: 'Permission denied: Shoebox cannot read this file.' };
    if (code === 'ELOOP') return { kind: 'unreadable', reason: 'The file is a symlink loop.' };
    if (code === 'ENXIO' || code === 'ENODEV') return { kind: 'unreadable', reason: 'This is not a regular file.' };
    throw error;
  }
}

async function refuse(handle: FileHandle, reason: string): Promise<LibraryFile> {
  await handle.close();
  return { kind: 'unreadable', reason };
}

/**
 * Linux names the open file in /proc/self/fd (no symlink left in that name, and it follows the
 * file if it moves). Without /proc, the path is resolved after the open and must lead to the
 * very inode that was opened: a swap between open and check makes the two differ.
 */
async function isOpenedInside(handle: FileHandle, file: string, opened: Stats, realRoot: string): Promise<boolean> {
  const named = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => null);
  if (named !== null) return !named.endsWith(' (deleted)') && isInsideOrEqual(realRoot, named);
  const real = await realpath(file).catch(() => null);
  if (!real || !isInsideOrEqual(realRoot, real)) return false;
  const now = await stat(real).catch(() => null);
  return !!now && now.dev === opened.dev && now.ino === opened.ino;
}
