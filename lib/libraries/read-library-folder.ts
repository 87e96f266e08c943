// One folder of a library walk (walk-library.ts): its listing, and a stat of each file the scan
// can use. The calls are made one of two ways. Directly — synchronous calls on this thread — is
// the fast way while the tree's metadata is in the kernel's cache: such a stat takes ~3 µs, a
// fraction of its round trip through libuv's thread pool, so a walk makes ~300,000 of them a
// second where the pool manages 100,000–200,000 with many in flight (bench/rescan.ts). Through
// the pool, many at once, is the way when the disk has to be read (a cold cache, a network
// share): calls that wait on the device overlap instead of stalling the event loop one by one.
// WalkPace measures the direct calls and moves the walk to the pool when they turn slow.
import type { Dirent, Stats } from 'node:fs';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isUnsupportedMediaFile, type MediaKind, mediaKindOf } from '@/lib/media/media-types';
import { isInsideOrEqual } from './validate-library-root';
import type { WalkedFile, WalkEntry } from './walk-library';
import type { WalkPace } from './walk-pace';

/** A folder below this one: `full` is the path the walk takes, `real` the directory it is (a symlink's target). */
export interface SubFolder {
  full: string;
  relDir: string;
  real: string;
}

export interface FolderListing {
  entries: WalkEntry[];
  subfolders: SubFolder[];
}

type Kind = WalkEntry['type'] | 'folder';

// Calls in flight at once through the pool: enough to keep its threads (4 by default) busy.
const POOLED_CALLS = 16;

/** Reads `dir`, which is `relDir` below the root ('' or ending with a separator); null when it cannot be read. */
export async function readLibraryFolder(root: string, dir: string, relDir: string, pace: WalkPace): Promise<FolderListing | null> {
  const folder = new Folder(root, dir.endsWith(path.sep) ? dir : dir + path.sep, relDir);
  let dirents: Dirent[];
  try {
    if (!pace.direct) dirents = await readdir(dir, { withFileTypes: true });
    else {
      dirents = readdirSync(dir, { withFileTypes: true });
      if (pace.counted()) await pace.breathe();
    }
  } catch {
    return null; // unreadable folder: its files cannot be indexed, the rest can
  }
  let next = 0;
  for (; next < dirents.length && pace.direct; next++) {
    if (folder.addDirect(dirents[next]) && pace.counted()) await pace.breathe();
  }
  if (next < dirents.length) await folder.addPooled(dirents.slice(next));
  return folder.listing;
}

class Folder {
  readonly listing: FolderListing = { entries: [], subfolders: [] };

  constructor(
    private readonly root: string,
    private readonly prefix: string,
    private readonly relDir: string,
  ) {}

  /** Adds what the entry is, with synchronous calls; true when it took one. */
  addDirect(dirent: Dirent): boolean {
    const kind = this.kindOf(dirent);
    if (kind === undefined) return false;
    const name = dirent.name;
    if (kind === 'folder') {
      this.addFolder(name);
      return false;
    }
    const full = this.prefix + name;
    try {
      // The listing said it is a file; what it is a moment later is not asked again.
      if (!dirent.isSymbolicLink()) this.addFile(kind, name, statSync(full, { throwIfNoEntry: false }));
      else {
        const real = realpathSync.native(full);
        if (isInsideOrEqual(this.root, real)) this.addTarget(kind, name, real, statSync(real, { throwIfNoEntry: false }));
      }
    } catch {
      // vanished or unreadable between the listing and the stat
    }
    return true;
  }

  /** Adds what the entries are, in their order, with up to POOLED_CALLS calls in flight. */
  async addPooled(dirents: Dirent[]): Promise<void> {
    const found: (() => void)[] = new Array(dirents.length).fill(() => undefined);
    let next = 0;
    const lane = async () => {
      while (next < dirents.length) {
        const i = next++;
        found[i] = await this.resolvePooled(dirents[i]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(POOLED_CALLS, dirents.length) }, lane));
    for (const add of found) add();
  }

  private async resolvePooled(dirent: Dirent): Promise<() => void> {
    const kind = this.kindOf(dirent);
    const name = dirent.name;
    if (kind === undefined) return () => undefined;
    if (kind === 'folder') return () => this.addFolder(name);
    try {
      if (!dirent.isSymbolicLink()) {
        const info = await stat(this.prefix + name);
        return () => this.addFile(kind, name, info);
      }
      const real = await realpath(this.prefix + name);
      if (!isInsideOrEqual(this.root, real)) return () => undefined;
      const info = await stat(real);
      return () => this.addTarget(kind, name, real, info);
    } catch {
      return () => undefined;
    }
  }

  /**
   * What the listing alone says: 'folder' for a directory; undefined when the entry yields
   * nothing and needs no call (a hidden name; a plain file that is no media, unsupported format
   * or .nfo: not even stat'ed). A symlink may be a folder whatever its name: always followed.
   */
  private kindOf(dirent: Dirent): Kind | null | undefined {
    const name = dirent.name;
    if (name.startsWith('.')) return undefined;
    if (dirent.isDirectory()) return 'folder';
    const kind = kindOfName(name);
    if (dirent.isSymbolicLink()) return kind;
    return dirent.isFile() && kind ? kind : undefined;
  }

  private addFolder(name: string, real = this.prefix + name): void {
    this.listing.subfolders.push({ full: this.prefix + name, relDir: this.relDir + name + path.sep, real });
  }

  private addTarget(kind: Kind | null, name: string, real: string, info: Stats | undefined): void {
    if (info?.isDirectory()) this.addFolder(name, real);
    else if (info?.isFile()) this.addFile(kind, name, info);
  }

  private addFile(kind: Kind | null, name: string, info: Stats | undefined): void {
    if (!kind || kind === 'folder' || !info) return;
    const relPath = this.relDir + name;
    if (kind === 'unsupported') this.listing.entries.push({ relPath, type: kind });
    else if (kind === 'nfo') this.listing.entries.push({ relPath, type: kind, size: info.size, mtimeMs: info.mtimeMs });
    else this.listing.entries.push(new MediaFile(relPath, name, kind, info.size, info.mtimeMs));
  }
}

/**
 * A photo or video of the walk. A class, not an object literal: V8 moves a literal's allocation
 * site to the old generation once many of its objects outlive a young-generation collection —
 * as the files read ahead do while the known files load — and every later file of the walk
 * would then be garbage for the old generation's slower collector (a rescan ran 4% slower).
 */
class MediaFile implements WalkedFile {
  readonly motion = null;

  constructor(
    readonly relPath: string,
    readonly name: string,
    readonly type: MediaKind,
    readonly size: number,
    readonly mtimeMs: number,
  ) {}
}

// A name's kind hangs on its extension alone (media-types.ts), and a folder's files mostly
// share one: the last extension's kind is kept, so that most names cost one endsWith instead
// of an extension cut out, lower-cased and looked up.
let lastExtension = '';
let lastKind: WalkEntry['type'] | null = null;

function kindOfName(name: string): WalkEntry['type'] | null {
  if (lastExtension !== '' && name.length > lastExtension.length && name.endsWith(lastExtension)) return lastKind;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : ''; // path.extname, for a name without '/'
  const file = `file${extension}`;
  const kind = mediaKindOf(file) ?? (isUnsupportedMediaFile(file) ? 'unsupported' : extension.toLowerCase() === '.nfo' ? 'nfo' : null);
  lastExtension = extension;
  lastKind = kind;
  return kind;
}
