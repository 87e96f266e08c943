// One upright frame of a video as a JPEG, taken a little way in (the first frame is often
// black); if seeking fails — a broken index — the very first frame is used instead.
import { runTool, TOOL_INPUT } from './run-tool';

const TIMEOUT_MS = 60_000;

function grab(fd: number, atSeconds: number): Promise<Buffer> {
  return runTool(
    'ffmpeg',
    ['-v', 'error', '-ss', atSeconds.toFixed(3), '-i', TOOL_INPUT, '-frames:v', '1', '-f', 'image2pipe', '-vcodec', 'mjpeg', '-q:v', '3', 'pipe:1'],
    TIMEOUT_MS,
    fd,
  );
}

/** `fd`: the video, opened by openLibraryFile. */
export async function extractPosterFrame(fd: number, durationMs: number | null): Promise<Buffer> {
  const at = durationMs ? Math.min(durationMs / 1000 / 10, 10) : 0;
  if (at > 0) {
    const frame = await grab(fd, at).catch(() => null);
    if (frame && frame.length > 0) return frame;
  }
  const first = await grab(fd, 0);
  if (first.length === 0) throw new Error('ffmpeg decoded no frame from this video.');
  return first;
}
