// Apple Live Photos in a scan: a .MOV/.MP4 whose name (case aside) is that of a HEIC/HEIF/JPEG
// in the same folder is the photo's motion part. The scan then never makes the video an asset
// (so the timeline and its month counts need no extra predicate) and records it on the photo
// instead. Pairing needs a whole folder: the walk hands the scan one folder's files at a time
// (walk-library.ts), and the scan pairs each folder as it comes.
import path from 'node:path';
import { isLivePhotoStill, LIVE_PHOTO_VIDEO_MAX_BYTES, livePhotoVideoRank } from '@/lib/media/media-types';
import type { NfoFile, UnsupportedFile, WalkEntry, WalkedFile } from './walk-library';

export interface MotionFile {
  relPath: string;
  size: number;
  mtimeMs: number;
}

/** A photo or video for the scan; a Live Photo's still carries its video. */
export type ScannedFile = WalkedFile;

/** A Live Photo's video: part of a photo, not an asset. */
export interface MotionPart {
  type: 'motion-part';
  relPath: string;
  name: string;
}

export type PairedEntry = ScannedFile | MotionPart | UnsupportedFile | NfoFile;

/** One folder's entries as the scan takes them: unsupported files and .nfo sidecars first, then the paired photos and videos. */
export function pairLivePhotos(folder: readonly WalkEntry[]): PairedEntry[] {
  if (folder.every((entry) => entry.type === 'photo' || entry.type === 'video')) return pairFolder(folder as WalkedFile[]);
  const out: PairedEntry[] = [];
  const media: WalkedFile[] = [];
  for (const entry of folder) {
    if (entry.type === 'unsupported' || entry.type === 'nfo') out.push(entry);
    else media.push(entry);
  }
  for (const paired of pairFolder(media)) out.push(paired);
  return out;
}

const stemOf = (relPath: string) => path.basename(relPath, path.extname(relPath)).toLowerCase();

/** The files of one folder, with each Live Photo's video moved onto its still(s). */
export function pairFolder(files: WalkedFile[]): PairedEntry[] {
  // Most folders hold no video that could be a Live Photo's: nothing to pair, no names to compare.
  if (!files.some(maybeMotionVideo)) return files;
  const stills = new Set(files.filter((f) => f.type === 'photo' && isLivePhotoStill(f.relPath)).map((f) => stemOf(f.relPath)));
  // One video per name: .mov before .mp4, then by path, so the choice is the same every scan.
  const videos = new Map<string, WalkedFile>();
  for (const f of files) {
    const rank = livePhotoVideoRank(f.relPath);
    if (!maybeMotionVideo(f) || !stills.has(stemOf(f.relPath))) continue;
    const chosen = videos.get(stemOf(f.relPath));
    const chosenRank = chosen ? livePhotoVideoRank(chosen.relPath) : Infinity;
    if (rank < chosenRank || (rank === chosenRank && f.relPath < chosen!.relPath)) videos.set(stemOf(f.relPath), f);
  }
  return files.map((f): PairedEntry => {
    const video = videos.get(stemOf(f.relPath));
    if (video === f) return { type: 'motion-part', relPath: f.relPath, name: f.name };
    if (video && f.type === 'photo' && isLivePhotoStill(f.relPath)) {
      return { ...f, motion: { relPath: video.relPath, size: video.size, mtimeMs: video.mtimeMs } };
    }
    return f;
  });
}

function maybeMotionVideo(f: WalkedFile): boolean {
  return f.type === 'video' && f.size <= LIVE_PHOTO_VIDEO_MAX_BYTES && livePhotoVideoRank(f.relPath) >= 0;
}
