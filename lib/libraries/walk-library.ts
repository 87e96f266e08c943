// Walks a library folder and yields its photo and video files, the names of files in picture
// and video formats nobody reads (for the scan report) and .nfo sidecars, one folder at a time:
// a folder's files come together, as one array, which the scan needs to pair Live Photos
// (pair-live-photos.ts). Hidden files and folders are skipped; symlinks are followed only while
// their target stays inside the root, and each real directory is entered once, so a symlink
// loop cannot hang the walk. Folders are read one after another (read-library-folder.ts says
// how), so memory holds one folder and the list of folders still to read, never the library.
import type { MediaKind } from '@/lib/media/media-types';
import type { MotionFile } from './pair-live-photos';
import { readLibraryFolder } from './read-library-folder';
import { WalkPace } from './walk-pace';

export interface WalkedFile {
  relPath: string;
  /** The last part of relPath: the scan finds the file's row in its folder by this name. */
  name: string;
  type: MediaKind;
  size: number;
  mtimeMs: number;
  /** A Live Photo still's video: null from the walk; pairing gives each still its own (pair-live-photos.ts). */
  motion: MotionFile | null;
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

export type WalkEntry = WalkedFile | UnsupportedFile | NfoFile;

/** One folder's entries; `relDir` is its path below the root, '' or ending with a separator. */
export interface WalkedFolder {
  relDir: string;
  entries: WalkEntry[];
}

/** Yields each folder with its entries (relative paths with `path.sep`); folders with none are left out. */
export async function* walkLibrary(root: string): AsyncGenerator<WalkedFolder> {
  const pace = new WalkPace();
  const visited = new Set<string>([root]);
  const pending = [{ full: root, relDir: '' }];
  while (pending.length > 0) {
    const { full, relDir } = pending.pop()!;
    const listing = await readLibraryFolder(root, full, relDir, pace);
    if (!listing) continue;
    for (const sub of listing.subfolders) {
      if (visited.has(sub.real)) continue;
      visited.add(sub.real);
      pending.push(sub);
    }
    if (listing.entries.length === 0) continue;
    yield { relDir, entries: listing.entries };
    pace.resume();
  }
}

