// Subtitles as WebVTT, the one format <track> takes: ffmpeg converts a text stream inside the
// video (`-map 0:s:N`: demuxing only, nothing is decoded) or a sidecar .srt/.vtt (named by its
// format: the descriptor has no extension to guess from; not UTF-8, it is read as Windows-1252).
// ASS/SSA styling is reduced to text.
import { runTool, TOOL_INPUT } from './run-tool';

const TIMEOUT_MS = 60_000;

/** `fd`: the video, opened by openLibraryFile; `ordinal`: which subtitle stream (0-based among subtitle streams). */
export function embeddedSubtitleToWebVtt(fd: number, ordinal: number): Promise<Buffer> {
  return runTool('ffmpeg', ['-v', 'error', '-i', TOOL_INPUT, '-map', `0:s:${ordinal}`, '-f', 'webvtt', 'pipe:1'], TIMEOUT_MS, fd);
}

/**
 * The character set of a sidecar from its first bytes: UTF-8 when they are valid UTF-8 (ASCII
 * included), else Windows-1252, what most old .srt files downloaded for Western films are in
 * (ffmpeg drops text that is not UTF-8 unless told the set).
 */
export function sidecarCharset(head: Uint8Array): 'UTF-8' | 'CP1252' {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true }); // a sequence cut at the end is fine
    return 'UTF-8';
  } catch {
    return 'CP1252';
  }
}

/** `fd`: the sidecar file, opened by openLibraryFile. */
export function sidecarSubtitleToWebVtt(fd: number, format: 'srt' | 'webvtt', charset: 'UTF-8' | 'CP1252'): Promise<Buffer> {
  const input = charset === 'UTF-8' ? [] : ['-sub_charenc', charset];
  return runTool('ffmpeg', ['-v', 'error', ...input, '-f', format, '-i', TOOL_INPUT, '-f', 'webvtt', 'pipe:1'], TIMEOUT_MS, fd);
}
