// Apple Live Photos in a scan: a .MOV/.MP4 whose name (case aside) is that of a HEIC/HEIF/JPEG
// in the same folder is the photo's motion part. The scan then never makes the video an asset
// (so the timeline and its month counts need no extra predicate) and records it on the photo
// instead. Pairing needs a whole folder: the walk reads one folder to its end before the next
// (walk-library.ts), so files are held back one folder at a time, never the whole library.
import path from 'node:path';
import { isLivePhotoStill, LIVE_PHOTO_VIDEO_MAX_BYTES, livePhotoVideoRank } from '@/lib/media/media-types';
import type { NfoFile, UnsupportedFile, WalkedFile } from './walk-library';

export interface MotionFile {
  relPath: string;
  size: number;
  mtimeMs: number;
}

/** A photo or video for the scan; a Live Photo's still carries its video. */
export type ScannedFile = WalkedFile & { motion: MotionFile | null };

/** A Live Photo's video: part of a photo, not an asset. */
export interface MotionPart {
  type: 'motion-part';
  relPath: string;
}

export type PairedEntry = ScannedFile | MotionPart | UnsupportedFile | NfoFile;

export async function* pairLivePhotos(entries: AsyncIterable<WalkedFile | UnsupportedFile | NfoFile>): AsyncGenerator<PairedEntry> {
  let folder: string | null = null;
  let held: WalkedFile[] = [];
  for await (const entry of entries) {
    if (entry.type === 'unsupported' || entry.type === 'nfo') {
      yield entry;
      continue;
    }
    const dir = path.dirname(entry.relPath);
    if (dir !== folder) {
      yield* pairFolder(held);
      held = [];
      folder = dir;
    }
    held.push(entry);
  }
  yield* pairFolder(held);
}

const stemOf = (relPath: string) => path.basename(relPath, path.extname(relPath)).toLowerCase();

/** The files of one folder, with each Live Photo's video moved onto its still(s). */
export function pairFolder(files: WalkedFile[]): PairedEntry[] {
  const stills = new Set(files.filter((f) => f.type === 'photo' && isLivePhotoStill(f.relPath)).map((f) => stemOf(f.relPath)));
  // One video per name: .mov before .mp4, then by path, so the choice is the same every scan.
  const videos = new Map<string, WalkedFile>();
  for (const f of files) {
    const rank = livePhotoVideoRank(f.relPath);
    if (f.type !== 'video' || rank < 0 || f.size > LIVE_PHOTO_VIDEO_MAX_BYTES || !stills.has(stemOf(f.relPath))) continue;
    const chosen = videos.get(stemOf(f.relPath));
    const chosenRank = chosen ? livePhotoVideoRank(chosen.relPath) : Infinity;
    if (rank < chosenRank || (rank === chosenRank && f.relPath < chosen!.relPath)) videos.set(stemOf(f.relPath), f);
  }
  return files.map((f): PairedEntry => {
    const video = videos.get(stemOf(f.relPath));
    if (video === f) return { type: 'motion-part', relPath: f.relPath };
    if (video && f.type === 'photo' && isLivePhotoStill(f.relPath)) {
      return { ...f, motion: { relPath: video.relPath, size: video.size, mtimeMs: video.mtimeMs } };
    }
    return { ...f, motion: null };
  });
}
