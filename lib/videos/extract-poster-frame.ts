// One upright frame of a video as a JPEG, at the video's display size (ffmpeg rotates while
// decoding). The poster is taken where the owner chose (video_meta.poster_seconds), else a
// little way in (the first frame is often black); if seeking fails — a broken index — the very
// first frame is used instead. A still for download is taken at the time asked, from the
// original, and its ffmpeg dies with the request that asked for it.
import { runTool, TOOL_INPUT } from './run-tool';

const TIMEOUT_MS = 60_000;
/** ffmpeg's JPEG quality (2 best … 31): a poster is scaled down anyway; a still is kept as it is. */
const POSTER_QUALITY = 3;
const STILL_QUALITY = 2;

/** The frame at `atSeconds` (an input seek, then decoding up to that exact time); empty when there is none there. */
function grab(fd: number, atSeconds: number, quality: number, signal?: AbortSignal): Promise<Buffer> {
  const args = ['-v', 'error', '-ss', atSeconds.toFixed(3), '-i', TOOL_INPUT, '-an', '-sn', '-dn', '-frames:v', '1', '-f', 'image2pipe', '-vcodec', 'mjpeg', '-q:v', String(quality), 'pipe:1'];
  return runTool('ffmpeg', args, TIMEOUT_MS, fd, signal);
}

/** The default poster time: a tenth in, at most 10 s. */
export function defaultPosterSeconds(durationMs: number | null): number {
  return durationMs ? Math.min(durationMs / 1000 / 10, 10) : 0;
}

/** `fd`: the video, opened by openLibraryFile. `posterSeconds`: the owner's choice, if any. */
export async function extractPosterFrame(fd: number, durationMs: number | null, posterSeconds: number | null = null): Promise<Buffer> {
  // The owner's time, even 0, when it lies within the video (a replaced, shorter file may not):
  // taken as the poster route took it, so the same picture comes back.
  if (posterSeconds !== null && (!durationMs || posterSeconds <= durationMs / 1000)) {
    const chosen = await extractFrameAt(fd, posterSeconds, 'poster').catch(() => null);
    if (chosen) return chosen;
  }
  const at = defaultPosterSeconds(durationMs);
  if (at > 0) {
    const frame = await grab(fd, at, POSTER_QUALITY).catch(() => null);
    if (frame && frame.length > 0) return frame;
  }
  const first = await grab(fd, 0, POSTER_QUALITY);
  if (first.length === 0) throw new Error('ffmpeg decoded no frame from this video.');
  return first;
}

/**
 * The frame shown at `seconds`, full size and upright, as a JPEG (`purpose` 'poster': the very
 * bytes extractPosterFrame makes at that time, so a re-ingest rebuilds the same poster; 'still':
 * finer quality for download). At the very end of a video there may be no frame left to decode:
 * then the last one before it (half a second, then two seconds earlier). Null when the video
 * yields none. Aborting `signal` kills ffmpeg.
 */
export async function extractFrameAt(fd: number, seconds: number, purpose: 'poster' | 'still', signal?: AbortSignal): Promise<Buffer | null> {
  const quality = purpose === 'poster' ? POSTER_QUALITY : STILL_QUALITY;
  for (const at of new Set([seconds, Math.max(0, seconds - 0.5), Math.max(0, seconds - 2)])) {
    const frame = await grab(fd, at, quality, signal);
    if (frame.length > 0) return frame;
  }
  return null;
}
