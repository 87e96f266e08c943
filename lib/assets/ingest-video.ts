// What a video yields: ffprobe metadata (with the container's chapters) and a poster frame, from
// which the same thumbnail, preview and thumbhash as a photo's are made. The file is streamed,
// never loaded whole.
import { MediaError } from '@/lib/media/media-error';
import { mimeOfVideoContainer } from '@/lib/media/media-types';
import { renderPhotoDerivatives, type PhotoDerivatives } from '@/lib/media/photo-derivatives';
import { extractPosterFrame } from '@/lib/videos/extract-poster-frame';
import { probeVideo, type VideoProbe } from '@/lib/videos/probe-video';
import { ToolError } from '@/lib/videos/run-tool';
import type { IngestedFields } from './assets.queries';

export interface VideoIngest {
  probe: VideoProbe;
  fields: IngestedFields & { durationMs: number | null; mime: string };
  rendered: PhotoDerivatives;
}

/**
 * `fd`: the video, opened by openLibraryFile. `posterSeconds`: the time the owner chose for the
 * poster (kept across re-ingests), else null. Throws MediaError (with the tool's stderr) when it cannot be read.
 */
export async function readVideo(fd: number, posterSeconds: number | null = null): Promise<VideoIngest> {
  let probe: VideoProbe;
  let poster: Buffer;
  try {
    probe = await probeVideo(fd);
    poster = await extractPosterFrame(fd, probe.durationMs, posterSeconds);
  } catch (error) {
    const failure = new MediaError(
      error instanceof Error ? error.message : String(error),
      `Not a readable video: ${error instanceof Error ? error.message : 'ffmpeg could not decode it'}`,
    );
    if (error instanceof ToolError) Object.assign(failure, { stderr: error.stderr });
    throw failure;
  }
  const rendered = await renderPhotoDerivatives(poster);
  const mime = mimeOfVideoContainer(probe.container);
  return {
    probe,
    rendered: { ...rendered, width: probe.width, height: probe.height, mime },
    fields: {
      durationMs: probe.durationMs,
      mime,
      ...(probe.createdAt
        ? {
            takenAtUtc: probe.createdAt,
            takenAtLocal: probe.createdAt, // containers store UTC only; the wall clock is unknown
            takenAtSource: 'container' as const,
          }
        : {}),
    },
  };
}
