// Where a video's subtitle tracks come from: its text subtitle streams (ffprobe of the opened
// file) and the sidecar .srt/.vtt files beside it (the folder listed through a checked
// descriptor). Shared by the track list and the track itself, so both number tracks alike:
// `embedded-N` is ffmpeg's `0:s:N`, `sidecar-N` the N-th sidecar by name.
import path from 'node:path';
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { listLibraryFolder } from '@/lib/libraries/list-library-folder';
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { notFound } from '@/lib/server/errors';
import { probeVideo, type SubtitleStream } from '@/lib/videos/probe-video';
import { findSidecarSubtitles, isTextSubtitle, type SidecarSubtitle } from '@/lib/videos/subtitle-files';
import { findOriginal } from './asset-actions.queries';

export interface SubtitleSources {
  rootPath: string;
  relPath: string;
  folder: string;
  embedded: SubtitleStream[];
  sidecars: SidecarSubtitle[];
}

export async function findSubtitleSources(user: Actor, assetId: string): Promise<SubtitleSources> {
  await requireAccess(user, 'asset.read', [assetId]);
  const asset = await findOriginal(assetId);
  if (!asset || asset.type !== 'video') throw notFound('No such video.');
  const file = await openLibraryFile(asset.library.rootPath, asset.relPath);
  if (file.kind !== 'ok') throw notFound('The video file is not available (moved, deleted, empty or outside its library).');
  let embedded: SubtitleStream[];
  try {
    embedded = (await probeVideo(file.handle.fd).catch(() => null))?.subtitleStreams.filter((s) => isTextSubtitle(s.codec)) ?? [];
  } finally {
    await file.handle.close();
  }
  const folder = path.posix.dirname(asset.relPath);
  const sidecars = findSidecarSubtitles(path.posix.basename(asset.relPath), await listLibraryFolder(asset.library.rootPath, folder));
  return { rootPath: asset.library.rootPath, relPath: asset.relPath, folder, embedded, sidecars };
}
