// Which .nfo describes a video (Kodi's rule for movies): `<video name without extension>.nfo`
// beside it, else `movie.nfo` in its folder when that folder holds exactly one video (a movie
// folder). Pure, for the scan (which has the folder's listing already) and the ingest.
import path from 'node:path';
import { mediaKindOf } from '@/lib/media/media-types';

export const MOVIE_NFO = 'movie.nfo';

export function ownNfoName(videoRelPath: string): string {
  const base = path.posix.basename(videoRelPath);
  const ext = path.posix.extname(base);
  return `${ext ? base.slice(0, -ext.length) : base}.nfo`;
}

/** The sidecar's path, given the names in the video's folder (null when it has none). */
export function nfoSidecarOf(videoRelPath: string, folderNames: readonly string[], videosInFolder: number): string | null {
  const dir = path.posix.dirname(videoRelPath);
  const join = (name: string) => (dir === '.' ? name : `${dir}/${name}`);
  const own = ownNfoName(videoRelPath);
  if (folderNames.includes(own)) return join(own);
  if (videosInFolder === 1 && folderNames.includes(MOVIE_NFO)) return join(MOVIE_NFO);
  return null;
}

export const isVideoName = (name: string): boolean => mediaKindOf(name) === 'video';
