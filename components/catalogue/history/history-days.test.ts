import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/lib/catalogue/catalogue.schemas';
import { groupByDay } from './history-days';

const entry = (at: string, key: string): HistoryEntry => ({ key, at, kind: 'liked', seconds: null, video: { id: key, title: key, thumbnailUrl: null, durationMs: null } });

describe('history days', () => {
  it('groups newest-first entries by day in the given zone, naming today and yesterday', () => {
    const now = new Date('2025-03-10T12:00:00Z');
    const entries = [entry('2025-03-10T09:00:00Z', 'a'), entry('2025-03-09T23:30:00Z', 'b'), entry('2025-03-09T01:00:00Z', 'c'), entry('2025-01-02T10:00:00Z', 'd')];
    expect(groupByDay(entries, 'UTC', now).map((d) => [d.label, d.entries.map((e) => e.key)])).toEqual([
      ['Today', ['a']],
      ['Yesterday', ['b', 'c']],
      ['Thursday, 2 January 2025', ['d']],
    ]);
    // 23:30 UTC is already the 10th in Tokyo.
    expect(groupByDay(entries, 'Asia/Tokyo', now).map((d) => d.entries.map((e) => e.key))).toEqual([['a', 'b'], ['c'], ['d']]);
  });
});
