import { describe, expect, it } from 'vitest';
import { clampTime, frameStep, isLiveStream, planSeek, realTime, streamUrl, watchedDelta, type TimeRangeList } from './stream-timeline';

const ranges = (...pairs: [number, number][]): TimeRangeList => ({ length: pairs.length, start: (i) => pairs[i][0], end: (i) => pairs[i][1] });

describe('stream time line', () => {
  it('builds the stream URL with a start only when there is one', () => {
    expect(streamUrl('a', 0)).toBe('/api/assets/a/stream');
    expect(streamUrl('a', 12.5)).toBe('/api/assets/a/stream?start=12.500');
    expect(streamUrl('a', 3, true)).toBe('/api/assets/a/stream?start=3.000&hevc=1');
  });

  it('tells a direct file (seekable to its end) from a live stream (nothing seekable)', () => {
    expect(isLiveStream(ranges([0, 120]), 120)).toBe(false);
    expect(isLiveStream(ranges(), 6.04)).toBe(true);
    expect(isLiveStream(ranges([0, 0]), 6.04)).toBe(true);
  });

  it('maps a live stream’s clock onto the video by its start', () => {
    expect(realTime({ live: true, offset: 60 }, 2.5)).toBe(62.5);
    expect(realTime({ live: false, offset: 60 }, 2.5)).toBe(2.5);
  });

  it('seeks a direct file natively and reloads a live stream at the target', () => {
    expect(planSeek({ live: false, offset: 0 }, 95, ranges([0, 120]))).toEqual({ kind: 'native', currentTime: 95 });
    expect(planSeek({ live: true, offset: 30 }, 95, ranges([0, 0]))).toEqual({ kind: 'reload', start: 95 });
    expect(planSeek({ live: true, offset: 30 }, 10, ranges())).toEqual({ kind: 'reload', start: 10 });
  });

  it('seeks a live stream natively where the browser says it can', () => {
    expect(planSeek({ live: true, offset: 30 }, 35, ranges([0, 8]))).toEqual({ kind: 'native', currentTime: 5 });
    expect(planSeek({ live: true, offset: 30 }, 45, ranges([0, 8]))).toEqual({ kind: 'reload', start: 45 });
  });

  it('clamps times to the video', () => {
    expect(clampTime(-4, 100)).toBe(0);
    expect(clampTime(140, 100)).toBe(100);
    expect(clampTime(140, Number.NaN)).toBe(140);
  });

  it('counts played time, not seeks', () => {
    expect(watchedDelta(10, 10.25)).toBeCloseTo(0.25);
    expect(watchedDelta(10, 40)).toBe(0); // a seek forward
    expect(watchedDelta(40, 10)).toBe(0); // a seek back
    expect(watchedDelta(10, 12.5, 2)).toBeCloseTo(2.5); // at double speed updates are further apart
  });

  it('steps one frame', () => {
    expect(frameStep(25)).toBeCloseTo(0.04);
    expect(frameStep(null)).toBeCloseTo(1 / 30);
  });
});
