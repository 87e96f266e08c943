// What a clip's encodes look like, before any ffmpeg runs: the sizes a user may pick, each
// format's length limit, and the ladder of attempts that keeps an animated GIF/WebP under its
// size cap (a GIF of 30 s at 480 px easily passes 10 MB; the next step down is tried instead of
// giving the user nothing). Pure, so the ladder is unit-tested.

export type ClipFormat = 'gif' | 'webp' | 'mp4';

/** The widths a user may ask for (px); never more than the video's own width. */
export const CLIP_WIDTHS = [240, 320, 480, 720] as const;
export type ClipWidth = (typeof CLIP_WIDTHS)[number];

export const DEFAULT_CLIP_WIDTH: Record<ClipFormat, ClipWidth> = { gif: 320, webp: 480, mp4: 720 };

/** Longest range per format: an animation is for a moment, an MP4 for a scene. */
export const MAX_CLIP_SECONDS: Record<ClipFormat, number> = { gif: 30, webp: 30, mp4: 300 };

/** Shortest range: below this an animation may come out with no frame at all. */
export const MIN_CLIP_SECONDS = 0.2;

/** GIF and WebP files larger than this are made again smaller, then refused. */
export const ANIMATED_MAX_BYTES = 10 * 1024 * 1024;

/** Frame rates of the ladder: smooth enough first, then fewer frames. */
const FIRST_FPS = 15;
const REDUCED_FPS = 10;
const LAST_FPS = 6;

export interface ClipAttempt {
  width: number;
  height: number;
  /** Output frame rate; null keeps the source's (MP4). */
  fps: number | null;
}

const even = (n: number) => Math.max(2, 2 * Math.round(n / 2));

/** The output size at `width` (never wider than the source), keeping the upright aspect ratio. */
export function clipSize(width: number, source: { width: number; height: number }): { width: number; height: number } {
  const w = even(Math.min(width, source.width));
  return { width: w, height: even((w * source.height) / source.width) };
}

/**
 * The attempts in order. MP4: one, at the chosen width and the source's frame rate (its size
 * is bounded by the length limit and x264's CRF, so no cap). GIF/WebP: the chosen width at
 * 15 fps, then 10 fps, then each smaller width at 10 fps, then 240 px at 6 fps; the first
 * result under ANIMATED_MAX_BYTES is kept. Sizes capped to the source are not tried twice.
 */
export function clipAttempts(format: ClipFormat, requestedWidth: number | null, source: { width: number; height: number }): ClipAttempt[] {
  const width = requestedWidth ?? DEFAULT_CLIP_WIDTH[format];
  if (format === 'mp4') return [{ ...clipSize(width, source), fps: null }];
  const steps: { width: number; fps: number }[] = [
    { width, fps: FIRST_FPS },
    { width, fps: REDUCED_FPS },
    ...CLIP_WIDTHS.filter((w) => w < width)
      .toReversed()
      .map((w) => ({ width: w, fps: REDUCED_FPS })),
    { width: Math.min(width, CLIP_WIDTHS[0]), fps: LAST_FPS },
  ];
  const seen = new Set<string>();
  return steps
    .map((s) => ({ ...clipSize(s.width, source), fps: s.fps }))
    .filter((a) => {
      const key = `${a.width}x${a.height}@${a.fps}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
