// One encode of a clip (lib/clips/make-clip.ts runs the size ladder around it). Every command
// seeks with -ss before -i — the demuxer jumps to the keyframe before the start, so nothing
// before it is decoded — and ffmpeg's accurate seek then drops the frames up to the exact
// start; -t before -i stops reading at the exact end. Everything is re-encoded, so the cut
// is exact to the frame (a stream copy could only cut at keyframes).
// - GIF: two passes, as the palette needs the whole clip first: palettegen (stats_mode=diff:
//   the colours of what moves, not of a static background) writes a 256-colour palette, then
//   paletteuse maps the frames with a Bayer dither (small, regular patterns compress better
//   than error diffusion; diff_mode=rectangle re-dithers only the changed area).
// - WebP: libwebp_anim, lossy, quality 70 at compression level 4 (the quality/size knee measured
//   on the corpus clip: q 80 was 40 % larger and looked the same at 480 px), looping.
// - MP4: H.264 (x264 veryfast, CRF 23, yuv420p for every browser) + AAC 128k stereo when the
//   video has sound, the index up front (+faststart) so the browser plays it while loading.
// Progress counts frames handed to the encoder (libwebp_anim writes nothing until the end) or,
// for MP4 at the source's frame rate, output time.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ClipAttempt, ClipFormat } from './clip-plan';
import { type FfmpegProgress, runFfmpegWithProgress } from './run-ffmpeg-progress';
import { TOOL_INPUT } from './run-tool';

const TIMEOUT_MS = 15 * 60_000;
/** The share of a GIF's progress bar its palette pass takes (it decodes the whole range too). */
const PALETTE_SHARE = 0.35;

export interface ClipSource {
  /** The video, opened by openLibraryFile. */
  fd: number;
  startS: number;
  lengthS: number;
}

const seek = (s: ClipSource) => ['-ss', s.startS.toFixed(3), '-t', s.lengthS.toFixed(3), '-i', TOOL_INPUT];
const scaled = (a: ClipAttempt) => `${a.fps ? `fps=${a.fps},` : ''}scale=${a.width}:${a.height}:flags=lanczos,setsar=1`;
const NO_EXTRAS = ['-sn', '-dn', '-map_metadata', '-1', '-map_chapters', '-1'];

/** 0–1 from ffmpeg's progress: frames of the expected count, or output time of the length. */
function fractionOf(p: FfmpegProgress, source: ClipSource, fps: number | null): number {
  const byFrames = fps ? p.frame / Math.max(1, source.lengthS * fps) : 0;
  return Math.min(1, Math.max(byFrames, p.outSeconds / source.lengthS));
}

/** Writes the clip to `outPath` (a temp name the caller renames); `onProgress` gets 0–1. */
export async function encodeClip(format: ClipFormat, source: ClipSource, attempt: ClipAttempt, outPath: string, onProgress: (fraction: number) => void): Promise<void> {
  const progress = (from: number, share: number) => (p: FfmpegProgress) => onProgress(from + share * fractionOf(p, source, attempt.fps));
  if (format === 'mp4') {
    const args = [...seek(source), '-map', '0:v:0', '-map', '0:a:0?', '-vf', `${scaled(attempt)},format=yuv420p`, ...NO_EXTRAS];
    args.push('-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-profile:v', 'high', '-c:a', 'aac', '-b:a', '128k', '-ac', '2', '-movflags', '+faststart', '-f', 'mp4', outPath);
    return runFfmpegWithProgress(args, source.fd, TIMEOUT_MS, progress(0, 1));
  }
  if (format === 'webp') {
    const args = [...seek(source), '-map', '0:v:0', '-vf', scaled(attempt), '-an', ...NO_EXTRAS];
    args.push('-c:v', 'libwebp_anim', '-lossless', '0', '-q:v', '70', '-compression_level', '4', '-loop', '0', '-f', 'webp', outPath);
    return runFfmpegWithProgress(args, source.fd, TIMEOUT_MS, progress(0, 1));
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shoebox-palette-'));
  try {
    const palette = path.join(dir, 'palette.png');
    const pass1 = [...seek(source), '-map', '0:v:0', '-vf', `${scaled(attempt)},palettegen=stats_mode=diff`, '-an', ...NO_EXTRAS, '-f', 'image2', '-update', '1', palette];
    await runFfmpegWithProgress(pass1, source.fd, TIMEOUT_MS, () => undefined);
    onProgress(PALETTE_SHARE);
    const filter = `[0:v:0]${scaled(attempt)}[x];[x][1:v]paletteuse=dither=bayer:bayer_scale=4:diff_mode=rectangle`;
    const pass2 = [...seek(source), '-i', palette, '-lavfi', filter, '-an', ...NO_EXTRAS, '-loop', '0', '-f', 'gif', outPath];
    await runFfmpegWithProgress(pass2, source.fd, TIMEOUT_MS, progress(PALETTE_SHARE, 1 - PALETTE_SHARE));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
