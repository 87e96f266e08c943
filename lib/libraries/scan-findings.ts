// What library:scan finds, folder by folder, comparing the walk with the known files of each
// folder (scan-library.ts writes it all once the walk is done). Files are named by path here;
// the ids of the few the scan writes to are looked up afterwards. An unchanged photo with no
// Live Photo video, the bulk of every rescan, is checked against its known line and costs
// nothing more.
import type { ScanCounts } from './libraries.schemas';
import type { KnownFile, KnownFolder } from './known-folder';
import type { MotionFile, PairedEntry, ScannedFile } from './pair-live-photos';
import type { NfoFile } from './walk-library';

export class ScanFindings {
  /** New and changed files. */
  readonly toUpsert: ScannedFile[] = [];
  /** Offline files found again, unchanged. */
  readonly toRestore: string[] = [];
  /** Unchanged photos whose Live Photo video appeared, changed or went. */
  readonly motionChanged: { relPath: string; motion: MotionFile | null }[] = [];
  /** Known files that are now a Live Photo's video. */
  readonly motionParts: string[] = [];
  /** Online files that were not found. */
  readonly gone: string[] = [];
  // .nfo sidecars and videos, for re-importing a sidecar that changed beside an unchanged video.
  readonly nfos: NfoFile[] = [];
  readonly videos: string[] = [];
  readonly unchangedVideos: string[] = [];

  constructor(private readonly counts: ScanCounts) {}

  /** A walked folder's entries (paired), against its known files; `tick` every 256 files seen. */
  async addFolder(relDir: string, entries: PairedEntry[], known: KnownFolder, tick: () => Promise<void>): Promise<void> {
    let found = 0;
    for (const file of entries) {
      if (file.type === 'unsupported') {
        this.counts.unsupported += 1;
        continue;
      }
      if (file.type === 'nfo') {
        this.nfos.push(file);
        continue;
      }
      if (file.type === 'motion-part') {
        if (known.has(file.name)) {
          found += 1;
          this.motionParts.push(file.relPath);
        }
        continue;
      }
      this.counts.seen += 1;
      if (file.type === 'photo' && !file.motion && known.isUnchangedAndPlain(file.name, file.size, file.mtimeMs)) found += 1;
      else if (this.addFile(file, known.get(file.name))) found += 1;
      if (this.counts.seen % 256 === 0) await tick();
    }
    if (found < known.size) this.addGone(relDir, known, new Set(entries.flatMap((e) => ('name' in e ? [e.name] : []))));
  }

  /** A folder the walk did not reach (gone, unreadable, now hidden): its online files have gone. */
  addUnreached(relDir: string, known: KnownFolder): void {
    this.addGone(relDir, known, new Set());
  }

  /** The paths whose ids the writes need (unchanged videos' only when there are .nfo sidecars to check). */
  pathsToLookUp(): string[] {
    const videos = this.nfos.length > 0 ? this.unchangedVideos : [];
    return [...this.toRestore, ...this.motionChanged.map((m) => m.relPath), ...this.motionParts, ...this.gone, ...videos];
  }

  /** Files the old way; true when the file was known. */
  private addFile(file: ScannedFile, previous: KnownFile | undefined): boolean {
    if (file.type === 'video') this.videos.push(file.relPath);
    if (previous && previous.size === file.size && previous.mtimeMs === Math.floor(file.mtimeMs)) {
      if (file.type === 'video') this.unchangedVideos.push(file.relPath);
      if (previous.status === 'offline') this.toRestore.push(file.relPath);
      if (!sameMotion(previous, file.motion)) {
        this.counts.changed += 1;
        this.motionChanged.push({ relPath: file.relPath, motion: file.motion });
      }
    } else {
      if (previous) this.counts.changed += 1;
      else this.counts.added += 1;
      this.toUpsert.push(file);
    }
    return previous !== undefined;
  }

  private addGone(relDir: string, known: KnownFolder, found: Set<string>): void {
    for (const name of known.names()) {
      if (!found.has(name) && known.get(name)?.status === 'online') this.gone.push(relDir + name);
    }
  }
}

/** The Live Photo video recorded for a photo is the one beside it now (same path, size, mtime). */
function sameMotion(previous: KnownFile, now: MotionFile | null): boolean {
  const was = previous.motion;
  if (!was || !now) return was === now;
  return was.relPath === now.relPath && was.size === now.size && was.mtimeMs === Math.floor(now.mtimeMs);
}
