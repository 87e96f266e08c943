import { describe, expect, it } from 'vitest';
import { justifyRows } from './justify-rows';

describe('justifyRows', () => {
  it('fills full rows to the exact width and leaves the last row at the target height', () => {
    const ratios = [1.5, 1.5, 1, 0.75, 1.5, 1];
    const rows = justifyRows(ratios, 1000, 200, 4);
    for (const row of rows.slice(0, -1)) {
      const used = ratios.slice(row.start, row.end).reduce((s, r) => s + r * row.height, 0) + 4 * (row.end - row.start - 1);
      expect(used).toBeCloseTo(1000, 6);
      expect(row.height).toBeLessThanOrEqual(200);
    }
    const last = rows.at(-1)!;
    expect(last.height).toBe(200);
    expect(rows.map((r) => [r.start, r.end])).toEqual([[0, 5], [5, 6]]); // five fill row one, one is left
    expect(rows[0].start).toBe(0);
    expect(last.end).toBe(ratios.length);
  });

  it('covers every item once, in order', () => {
    const ratios = Array.from({ length: 57 }, (_, i) => [0.66, 1, 1.33, 1.5, 2.4][i % 5]);
    const rows = justifyRows(ratios, 375, 110, 2);
    expect(rows.flatMap((r) => Array.from({ length: r.end - r.start }, (_, k) => r.start + k))).toEqual(ratios.map((_, i) => i));
  });

  it('gives a panorama wider than the screen a row of its own, shorter than the target', () => {
    const rows = justifyRows([4, 1], 400, 200, 4);
    expect(rows[0]).toEqual({ start: 0, end: 1, height: 100 });
    expect(rows[1]).toEqual({ start: 1, end: 2, height: 200 });
  });
});
