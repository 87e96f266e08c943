// How many text subtitle tracks a video has, counted at ingest the way the player lists them
// (find-subtitle-sources.ts): its text subtitle streams and the .srt/.vtt sidecars beside it.
// Stored (video_meta.subtitle_tracks) so the catalogue can filter on "has subtitles" without
// opening files; a sidecar added later counts from the next rescan's ingest.
import path from 'node:path';
import { listLibraryFolder } from '@/lib/libraries/list-library-folder';
import type { VideoProbe } from '@/lib/videos/probe-video';
import { findSidecarSubtitles, isTextSubtitle } from '@/lib/videos/subtitle-files';

export async function countSubtitleTracks(probe: VideoProbe, rootPath: string, relPath: string): Promise<number> {
  const embedded = probe.subtitleStreams.filter((s) => isTextSubtitle(s.codec)).length;
  const names = await listLibraryFolder(rootPath, path.posix.dirname(relPath)).catch(() => []);
  return embedded + findSidecarSubtitles(path.posix.basename(relPath), names).length;
}
