// Teasers: a short muted montage of the video for the card's hover, small (~240p) and large
// (~480p), H.264 MP4 with the index up front (+faststart). One ffmpeg: each segment is its own
// input, seeked to (`-ss` before `-i`, so only the GOP before it is decoded) and cut (`-t`);
// the concat filter joins the segments, `split` feeds both sizes, and each size is encoded
// once — no segment is encoded twice and nothing between the segments is decoded.
import { libraryInput, newFfmpegCommand, runFfmpeg } from './run-ffmpeg';

const SEGMENTS = 12;
const SEGMENT_S = 0.75;
const FROM = 0.05;
const TO = 0.95;
const MAX_FPS = 30;
const TIMEOUT_S = 900;

export interface TeaserSegment {
  startS: number;
  lengthS: number;
}

/** 12 × 0.75 s spread over 5 %–95 % of the runtime; a clip too short for that plays whole (up to 9 s). */
export function planTeaser(durationS: number): TeaserSegment[] {
  const span = (TO - FROM) * durationS;
  if (span < SEGMENTS * SEGMENT_S * 2) return [{ startS: 0, lengthS: Math.min(durationS, SEGMENTS * SEGMENT_S) }];
  const gap = (span - SEGMENT_S) / (SEGMENTS - 1);
  return Array.from({ length: SEGMENTS }, (_, i) => ({ startS: FROM * durationS + i * gap, lengthS: SEGMENT_S }));
}

export interface TeaserSize {
  /** Target short side in pixels: 240 (small) or 480 (large). */
  shortSide: number;
  outPath: string;
}

const even = (n: number) => Math.max(2, 2 * Math.round(n / 2));

/** The upright output size: the short side at `shortSide`, never larger than the source. */
export function teaserDimensions(width: number, height: number, shortSide: number): { width: number; height: number } {
  const scale = Math.min(1, shortSide / Math.min(width, height));
  return { width: even(width * scale), height: even(height * scale) };
}

export interface TeaserSource {
  fd: number;
  durationS: number;
  width: number;
  height: number;
  fps: number | null;
}

/** Writes both sizes; returns their dimensions in the order given. */
export async function makeTeasers(source: TeaserSource, sizes: TeaserSize[], onProgress?: (percent: number) => void) {
  const segments = planTeaser(source.durationS);
  const command = newFfmpegCommand(TIMEOUT_S);
  for (const segment of segments) {
    // No seek for a segment at 0: some demuxers (FLV starting at 0.067 s) fail to seek there.
    const seek = segment.startS > 0 ? ['-ss', segment.startS.toFixed(3)] : [];
    command.input(libraryInput(source.fd)).inputOptions([...seek, '-t', segment.lengthS.toFixed(3)]);
  }
  const dims = sizes.map((s) => teaserDimensions(source.width, source.height, s.shortSide));
  const largest = dims.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b));
  const fps = source.fps && source.fps > MAX_FPS ? `,fps=${MAX_FPS}` : '';
  // Each segment is brought to the largest output size first, so concat sees equal frames.
  const chains = segments.map((_, i) => `[${i}:v:0]scale=${largest.width}:${largest.height},setsar=1,format=yuv420p${fps}[s${i}]`);
  const joined = `${segments.map((_, i) => `[s${i}]`).join('')}concat=n=${segments.length}:v=1:a=0,split=${sizes.length}${sizes.map((_, i) => `[j${i}]`).join('')}`;
  const scaled = dims.map((d, i) => `[j${i}]scale=${d.width}:${d.height}[o${i}]`);
  command.complexFilter([...chains, joined, ...scaled].join(';'));
  sizes.forEach((size, i) => {
    command
      .output(size.outPath)
      .outputOptions(['-map', `[o${i}]`, '-an', '-sn', '-dn', '-map_chapters', '-1', '-map_metadata', '-1', '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '28', '-profile:v', 'main', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', '-f', 'mp4']);
  });
  await runFfmpeg(command, onProgress);
  return dims;
}
