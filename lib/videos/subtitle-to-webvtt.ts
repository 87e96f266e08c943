// Subtitles as WebVTT, the one format <track> takes: ffmpeg converts a text stream inside the
// video (`-map 0:s:N`: demuxing only, nothing is decoded) or a sidecar .srt/.vtt (named by its
// format: the descriptor has no extension to guess from). ASS/SSA styling is reduced to text.
import { runTool, TOOL_INPUT } from './run-tool';

const TIMEOUT_MS = 60_000;

/** `fd`: the video, opened by openLibraryFile; `ordinal`: which subtitle stream (0-based among subtitle streams). */
export function embeddedSubtitleToWebVtt(fd: number, ordinal: number): Promise<Buffer> {
  return runTool('ffmpeg', ['-v', 'error', '-i', TOOL_INPUT, '-map', `0:s:${ordinal}`, '-f', 'webvtt', 'pipe:1'], TIMEOUT_MS, fd);
}

/** `fd`: the sidecar file, opened by openLibraryFile. */
export function sidecarSubtitleToWebVtt(fd: number, format: 'srt' | 'webvtt'): Promise<Buffer> {
  return runTool('ffmpeg', ['-v', 'error', '-f', format, '-i', TOOL_INPUT, '-f', 'webvtt', 'pipe:1'], TIMEOUT_MS, fd);
}
