import { describe, expect, it } from 'vitest';
import type { TimelineBucket } from '@/lib/timeline/timeline.schemas';
import { buildTimelineLayout, estimateMonthHeight, layoutParamsFor } from './timeline-layout';

function bucket(month: string, days: number[]): TimelineBucket {
  return {
    month,
    count: days.length,
    id: days.map((_, i) => `${month}-${i}`),
    ratio: days.map(() => 1.5),
    localSecond: days.map((d) => (d - 1) * 86_400 + 3600),
    type: 'p'.repeat(days.length),
    durationMs: days.map(() => null),
    thumbhash: days.map(() => null),
    favourite: '0'.repeat(days.length),
    fileName: days.map((_, i) => `IMG_${i}.jpg`),
  };
}

describe('buildTimelineLayout', () => {
  const p = layoutParamsFor(1000);

  it('sizes months not loaded yet from their counts', () => {
    const layout = buildTimelineLayout(
      [{ month: '2024-02', photos: 300, videos: 0, count: 300 }, { month: '2024-01', photos: 3, videos: 0, count: 3 }],
      new Map(),
      p,
    );
    expect(layout.items.map((i) => i.kind)).toEqual(['month', 'placeholder', 'month', 'placeholder']);
    expect(layout.items[1].height).toBe(estimateMonthHeight(300, p));
    expect(layout.items[1].height).toBeGreaterThan(layout.items[3].height * 20);
    expect(layout.monthIndex.get('2024-01')).toBe(2);
    expect(layout.totalHeight).toBe(layout.items.reduce((s, i) => s + i.height, 0));
  });

  it('starts each day with a header and a new row, in bucket order', () => {
    const layout = buildTimelineLayout(
      [{ month: '2024-01', photos: 4, videos: 0, count: 4 }],
      new Map([['2024-01', bucket('2024-01', [31, 31, 2, 1])]]),
      p,
    );
    const summary = layout.items.map((i) => (i.kind === 'day' ? `day ${i.day}` : i.kind === 'row' ? `row ${i.tiles.map((t) => t.index)}` : i.kind));
    expect(summary).toEqual(['month', 'day 31', 'row 0,1', 'day 2', 'row 2', 'day 1', 'row 3']);
  });

  it('estimates a loaded month close to its real height', () => {
    const days = Array.from({ length: 240 }, (_, i) => 30 - Math.floor(i / 8));
    const real = buildTimelineLayout([{ month: '2024-01', photos: 240, videos: 0, count: 240 }], new Map([['2024-01', bucket('2024-01', days)]]), p);
    const estimated = estimateMonthHeight(240, p) + 56;
    expect(Math.abs(real.totalHeight - estimated) / real.totalHeight).toBeLessThan(0.35);
  });
});
