import { describe, expect, it } from 'vitest';
import type { TimelineBucket } from '@/lib/timeline/timeline.schemas';
import { formatDuration, tileLabel } from './format';

const bucket: TimelineBucket = {
  month: '2022-03',
  count: 2,
  id: ['a', 'b'],
  ratio: [1.33, 1.78],
  // 14 March 23:59 and 1 March 00:00, wall clock
  localSecond: [13 * 86_400 + 86_399, 0],
  type: 'pv',
  durationMs: [null, 61_000],
  thumbhash: [null, null],
  favourite: '00',
  fileName: ['IMG_2682.heic', 'Lisbon, tram.mp4'],
};

describe('tileLabel', () => {
  it('names a tile by kind, its local day and its file name', () => {
    expect(tileLabel(bucket, 0)).toBe('Photo, 14 March 2022, IMG_2682.heic');
    expect(tileLabel(bucket, 1)).toBe('Video, 1 March 2022, Lisbon, tram.mp4');
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds, and hours when there are some', () => {
    expect(formatDuration(61_000)).toBe('1:01');
    expect(formatDuration(3_700_000)).toBe('1:01:40');
  });
});
