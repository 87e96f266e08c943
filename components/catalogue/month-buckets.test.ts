import { describe, expect, it } from 'vitest';
import { buckets, naturalGranularity } from './month-buckets';

describe('distribution buckets', () => {
  it('fills the months between with zero and rolls months up into years', () => {
    const counts = [
      { month: '2024-11', count: 2 },
      { month: '2025-02', count: 1 },
      { month: '2024-12', count: 3 },
    ];
    expect(buckets(counts, 'month')).toEqual([
      { label: '2024-11', count: 2 },
      { label: '2024-12', count: 3 },
      { label: '2025-01', count: 0 },
      { label: '2025-02', count: 1 },
    ]);
    expect(buckets([...counts, { month: '2027-05', count: 4 }], 'year')).toEqual([
      { label: '2024', count: 5 },
      { label: '2025', count: 1 },
      { label: '2026', count: 0 },
      { label: '2027', count: 4 },
    ]);
    expect(buckets([], 'month')).toEqual([]);
  });

  it('shows months for up to three years of span, years beyond', () => {
    expect(naturalGranularity([{ month: '2022-01', count: 1 }, { month: '2024-12', count: 1 }])).toBe('month');
    expect(naturalGranularity([{ month: '2022-01', count: 1 }, { month: '2025-01', count: 1 }])).toBe('year');
  });
});
