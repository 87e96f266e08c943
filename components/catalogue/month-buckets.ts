// The distribution charts' buckets: the API counts by month ('YYYY-MM'); the chart shows months
// (gaps filled with zero, so the bars keep a time axis) or years. Pure, tested.
import type { MonthCount } from '@/lib/client/catalogue-contract';

export type Granularity = 'month' | 'year';

export interface Bucket {
  label: string;
  count: number;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month (or year) from the first to the last with a count, zero where none. */
export function buckets(counts: MonthCount[], by: Granularity): Bucket[] {
  const valid = counts.filter((c) => /^\d{4}-\d{2}$/.test(c.month)).sort((a, b) => a.month.localeCompare(b.month));
  if (valid.length === 0) return [];
  const byKey = new Map<string, number>();
  for (const c of valid) {
    const key = by === 'year' ? c.month.slice(0, 4) : c.month;
    byKey.set(key, (byKey.get(key) ?? 0) + c.count);
  }
  const out: Bucket[] = [];
  if (by === 'year') {
    for (let y = Number(valid[0].month.slice(0, 4)); y <= Number(valid.at(-1)!.month.slice(0, 4)); y++) out.push({ label: String(y), count: byKey.get(String(y)) ?? 0 });
    return out;
  }
  for (let m = valid[0].month; m <= valid.at(-1)!.month; m = nextMonth(m)) out.push({ label: m, count: byKey.get(m) ?? 0 });
  return out;
}

/** Months when the span is short enough to read (≤ 36 bars), else years. */
export function naturalGranularity(counts: MonthCount[]): Granularity {
  return buckets(counts, 'month').length <= 36 ? 'month' : 'year';
}
