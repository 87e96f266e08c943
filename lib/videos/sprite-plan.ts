// Where the seek sprite's frames come from, decided before any pixel is decoded. A tile step
// of at least half a second and at most 100 tiles; then the cheapest way to get a frame per step:
// - keyframes: every step holds a keyframe (largest gap ≤ step), so one pass that decodes only
//   keyframes (`-skip_frame nokey`) and keeps the first one of each step gives every tile, at
//   the keyframe's real time;
// - whole: the clip is short enough that decoding it all costs less than seeking per tile;
// - seek: one input seek per tile (decodes from the keyframe before each tile's time).
import { largestKeyframeGap } from './keyframes';

export const TILE_WIDTH = 160;
export const SPRITE_COLUMNS = 10;
const MAX_TILES = 100;
const MIN_STEP_S = 0.5;
/** Starting an ffmpeg and opening the file costs about as much as decoding this much video. */
const SEEK_OVERHEAD_S = 2;
const MAX_READ_PAST_KEYFRAME_S = 1;
/** Timestamps printed with 6 decimals: a keyframe exactly on a step boundary still counts. */
export const TIME_EPSILON_S = 0.001;

export type SpriteStrategy = 'keyframes' | 'whole' | 'seek';

export interface SpritePlan {
  strategy: SpriteStrategy;
  stepS: number;
  /** The time of each tile's frame: a keyframe's pts (keyframes) or the step's middle. */
  times: number[];
  /**
   * keyframes only: how far past each tile's keyframe the demuxer reads. It stops the file at
   * the first packet of ANY stream past this point, and containers interleave audio (or data)
   * ahead of video, so a millisecond can end it before the keyframe is read; the window stays
   * short of the next keyframe (half the way, at most 1 s) so exactly one keyframe is decoded.
   */
  readForS: number[];
  tileWidth: number;
  tileHeight: number;
  columns: number;
  rows: number;
}

const even = (n: number) => Math.max(2, 2 * Math.round(n / 2));

/** `width`/`height`: the upright display size; `keyframes`: sorted times in seconds. */
export function planSprite(durationS: number, width: number, height: number, keyframes: number[]): SpritePlan {
  const count = Math.max(1, Math.min(MAX_TILES, Math.floor(durationS / MIN_STEP_S)));
  const stepS = durationS / count;
  const tileHeight = Math.min(even((TILE_WIDTH * height) / width), 480); // a sheet stays far below 16384 px
  const columns = Math.min(SPRITE_COLUMNS, count);
  const layout = { stepS, tileWidth: TILE_WIDTH, tileHeight, columns, rows: Math.ceil(count / columns) };
  const middles = Array.from({ length: count }, (_, i) => (i + 0.5) * stepS);

  if (keyframes.length > 0 && largestKeyframeGap(keyframes, durationS) <= stepS + TIME_EPSILON_S) {
    const times = Array.from({ length: count }, (_, i) => keyframes.find((k) => k >= i * stepS - TIME_EPSILON_S) ?? keyframes[keyframes.length - 1]);
    const readForS = times.map((t) => Math.min(MAX_READ_PAST_KEYFRAME_S, ((keyframes.find((k) => k > t) ?? Infinity) - t) / 2));
    return { strategy: 'keyframes', times, readForS, ...layout };
  }
  return { strategy: wholeIsCheaper(durationS, middles, keyframes) ? 'whole' : 'seek', times: middles, readForS: [], ...layout };
}

/** Seeking decodes from the keyframe before each tile's time; a whole pass decodes everything once. */
function wholeIsCheaper(durationS: number, middles: number[], keyframes: number[]): boolean {
  const seekCost = middles.reduce((sum, t) => {
    const before = keyframes.findLast((k) => k <= t) ?? 0;
    return sum + (t - before) + SEEK_OVERHEAD_S;
  }, 0);
  return durationS <= seekCost;
}

export interface SpriteCue {
  startS: number;
  endS: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One cue per tile; a cue runs from halfway after the previous tile's time to halfway before the next. */
export function spriteCues(plan: SpritePlan, durationS: number): SpriteCue[] {
  const { times } = plan;
  return times.map((t, i) => ({
    startS: i === 0 ? 0 : (times[i - 1] + t) / 2,
    endS: i === times.length - 1 ? Math.max(durationS, t) : (t + times[i + 1]) / 2,
    x: (i % plan.columns) * plan.tileWidth,
    y: Math.floor(i / plan.columns) * plan.tileHeight,
    width: plan.tileWidth,
    height: plan.tileHeight,
  }));
}

function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** The WebVTT the player's scrub preview reads; `spriteUrl` is our route, never a file path. */
export function renderSpriteVtt(cues: SpriteCue[], spriteUrl: string): string {
  const body = cues.map((c) => `${vttTime(c.startS)} --> ${vttTime(c.endS)}\n${spriteUrl}#xywh=${c.x},${c.y},${c.width},${c.height}`);
  return `WEBVTT\n\n${body.join('\n\n')}\n`;
}
