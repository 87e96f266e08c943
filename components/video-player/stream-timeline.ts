// The player's time line over GET /api/assets/:id/stream. A file the browser plays comes as it
// is (direct: Range requests, the <video> seeks natively). Otherwise it is a live fragmented
// MP4 remuxed or transcoded from `?start=` seconds: the <video>'s clock starts at 0 where the
// stream starts, its duration grows as bytes arrive, and Chromium offers no seekable range
// (a seek inside what is buffered snaps back to 0). So for a live stream the real time is
// `offset + currentTime`, the real length comes from the asset's details, and a seek the
// element cannot make natively reloads the stream at `?start=target`.

export interface TimeRangeList {
  length: number;
  start(index: number): number;
  end(index: number): number;
}

export interface StreamPosition {
  /** True once the stream turned out to be live (no Range, no seekable range). */
  live: boolean;
  /** Where the loaded stream starts in the video (0 for direct play). */
  offset: number;
}

export function streamUrl(assetId: string, start: number, hevc = false): string {
  const params = new URLSearchParams();
  if (start > 0) params.set('start', start.toFixed(3));
  if (hevc) params.set('hevc', '1');
  const query = params.toString();
  return `/api/assets/${encodeURIComponent(assetId)}/stream${query ? `?${query}` : ''}`;
}

/**
 * Did the element get the file itself? A direct answer supports Range, so once its metadata is
 * in, the whole length is seekable; a live stream has no seekable range (or an empty one).
 */
export function isLiveStream(seekable: TimeRangeList, elementDuration: number): boolean {
  if (seekable.length === 0) return true;
  const end = seekable.end(seekable.length - 1);
  return !(end > 0 && (!Number.isFinite(elementDuration) || end >= elementDuration - 0.5));
}

export const realTime = (position: StreamPosition, currentTime: number) => (position.live ? position.offset : 0) + currentTime;

export function clampTime(seconds: number, duration: number): number {
  const max = Number.isFinite(duration) && duration > 0 ? duration : Number.POSITIVE_INFINITY;
  return Math.min(Math.max(0, seconds), max);
}

export type SeekPlan = { kind: 'native'; currentTime: number } | { kind: 'reload'; start: number };

/** How to get to `target` seconds of the video: move the element's clock, or ask for a new stream. */
export function planSeek(position: StreamPosition, target: number, seekable: TimeRangeList): SeekPlan {
  if (!position.live) return { kind: 'native', currentTime: target };
  const local = target - position.offset;
  for (let i = 0; i < seekable.length; i++) {
    if (local >= seekable.start(i) && local <= seekable.end(i) && seekable.end(i) > seekable.start(i)) return { kind: 'native', currentTime: local };
  }
  return { kind: 'reload', start: target };
}

/**
 * Watched time to add between two clock readings of the playing video: real playback moves
 * forward by about the frame interval between `timeupdate`s (≤ ~0.3 s, more at high speed);
 * anything larger or backwards is a seek or a reload and counts nothing.
 */
export function watchedDelta(previous: number, now: number, playbackRate = 1): number {
  const delta = now - previous;
  return delta > 0 && delta <= 1.5 * Math.max(1, playbackRate) ? delta : 0;
}

/** Where the frame-step keys go: one frame at the video's rate (30 fps when unknown). */
export function frameStep(fps: number | null | undefined): number {
  return 1 / (fps && fps > 0 && fps < 1000 ? fps : 30);
}
