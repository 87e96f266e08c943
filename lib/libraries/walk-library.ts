// Walks a library folder and yields the photo and video files in it, and the names of files in
// picture/video formats nobody reads (for the scan report). Hidden files and folders are
// skipped; symlinks are followed only while their target stays inside the root, and each
// real directory is entered once, so a symlink loop cannot hang the walk. A folder's files
// come together (its listing is read to the end before the next folder): the scan pairs Live
// Photos one folder at a time on that promise (pair-live-photos.ts).
import type { Dirent } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isUnsupportedMediaFile, type MediaKind, mediaKindOf } from '@/lib/media/media-types';
import { isInsideOrEqual } from './validate-library-root';

export interface WalkedFile {
  relPath: string;
  type: MediaKind;
  size: number;
  mtimeMs: number;
}

export interface UnsupportedFile {
  relPath: string;
  type: 'unsupported';
}

/** A Kodi/Jellyfin .nfo sidecar: not an asset, but a rescan re-imports it when it changes (lib/importers). */
export interface NfoFile {
  relPath: string;
  type: 'nfo';
  size: number;
  mtimeMs: number;
}

export async function* walkLibrary(root: string): AsyncGenerator<WalkedFile | UnsupportedFile | NfoFile> {
  const visited = new Set<string>([root]);
  const pending: string[] = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let handle;
    try {
      handle = await opendir(dir);
    } catch {
      continue; // unreadable folder: its files cannot be indexed, the rest can
    }
    for await (const entry of handle) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      const kind = await resolveEntry(root, full, entry);
      if (!kind) continue;
      if (kind.type === 'dir') {
        if (!visited.has(kind.real)) {
          visited.add(kind.real);
          pending.push(full);
        }
      } else {
        const type = mediaKindOf(entry.name);
        if (type) yield { relPath: path.relative(root, full), type, size: kind.size, mtimeMs: kind.mtimeMs };
        else if (isUnsupportedMediaFile(entry.name)) yield { relPath: path.relative(root, full), type: 'unsupported' };
        else if (entry.name.toLowerCase().endsWith('.nfo')) yield { relPath: path.relative(root, full), type: 'nfo', size: kind.size, mtimeMs: kind.mtimeMs };
      }
    }
  }
}

type Resolved = { type: 'dir'; real: string } | { type: 'file'; size: number; mtimeMs: number };

async function resolveEntry(root: string, full: string, entry: Dirent): Promise<Resolved | null> {
  try {
    if (entry.isSymbolicLink()) {
      const real = await realpath(full);
      if (!isInsideOrEqual(root, real)) return null;
      const info = await stat(real);
      if (info.isDirectory()) return { type: 'dir', real };
      return info.isFile() ? { type: 'file', size: info.size, mtimeMs: info.mtimeMs } : null;
    }
    if (entry.isDirectory()) return { type: 'dir', real: full };
    if (!entry.isFile()) return null;
    const info = await stat(full);
    return { type: 'file', size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return null; // vanished or unreadable between readdir and stat
  }
}
