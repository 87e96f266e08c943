import { describe, expect, it } from 'vitest';
import { growthByMonth, monthRange } from './growth-by-month';

describe('growthByMonth', () => {
  it('fills quiet months with zeros and adds photos, videos and bytes per month', () => {
    const growth = growthByMonth(
      [
        { month: '2025-11', type: 'photo', files: 3, bytes: 300 },
        { month: '2025-11', type: 'video', files: 1, bytes: 1000 },
        { month: '2026-02', type: 'photo', files: 2, bytes: 20 },
      ],
      [{ month: '2026-01', bytes: 7 }],
    );
    expect(growth).toEqual([
      { month: '2025-11', photos: 3, videos: 1, originalBytes: 1300, derivedBytes: 0 },
      { month: '2025-12', photos: 0, videos: 0, originalBytes: 0, derivedBytes: 0 },
      { month: '2026-01', photos: 0, videos: 0, originalBytes: 0, derivedBytes: 7 },
      { month: '2026-02', photos: 2, videos: 0, originalBytes: 20, derivedBytes: 0 },
    ]);
  });

  it('is empty for an empty server', () => {
    expect(growthByMonth([], [])).toEqual([]);
  });

  it('crosses a year end', () => {
    expect(monthRange('2024-12', '2025-01')).toEqual(['2024-12', '2025-01']);
  });
});
