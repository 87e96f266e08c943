// Turns month counts and the months loaded so far into the list the virtualiser renders: a
// header per month, a header per day, one item per justified row. A month not loaded yet is
// one placeholder item whose height is estimated from its count, so the total height and the
// scrollbar are right before any bucket is fetched.
import type { TimelineBucket, TimelineBucketSummary } from '@/lib/timeline/timeline.schemas';
import { justifyRows } from './justify-rows';

export interface LayoutParams {
  width: number;
  rowHeight: number;
  gap: number;
}

const MONTH_HEADER_HEIGHT = 56;
const DAY_HEADER_HEIGHT = 36;
const AVERAGE_RATIO = 1.4;

export interface TileBox {
  index: number; // position in the month's bucket
  width: number;
}

export type TimelineItem =
  | { kind: 'month'; key: string; month: string; count: number; height: number }
  | { kind: 'placeholder'; key: string; month: string; count: number; height: number }
  | { kind: 'day'; key: string; month: string; day: number; indices: number[]; height: number }
  | { kind: 'row'; key: string; month: string; tiles: TileBox[]; height: number };

export function layoutParamsFor(width: number): LayoutParams {
  // Phones get smaller rows so a row still holds two or three pictures.
  return { width: Math.max(200, width), rowHeight: width < 640 ? 110 : 200, gap: 4 };
}

export function estimateMonthHeight(count: number, p: LayoutParams): number {
  // Full rows shrink a little below the target to fill the width (~0.85 on average); their
  // total height is then count × ratio × height² / width. Each day adds a header and a
  // half-empty last row; days are guessed at one per ten assets.
  const fullRowHeight = 0.85 * p.rowHeight + p.gap;
  const rows = (count * AVERAGE_RATIO * fullRowHeight * fullRowHeight) / p.width;
  const days = Math.min(31, Math.max(1, Math.round(count / 10)), count);
  return Math.round(rows + days * (0.5 * (p.rowHeight + p.gap) + DAY_HEADER_HEIGHT));
}

/** Day of month (1-based) for each asset, from its seconds since the month's start. */
const dayOf = (localSecond: number) => Math.floor(localSecond / 86_400) + 1;

function layoutMonth(bucket: TimelineBucket, p: LayoutParams): TimelineItem[] {
  const items: TimelineItem[] = [];
  let start = 0;
  while (start < bucket.count) {
    // A run of assets of the same local day (the server orders by local day first).
    const day = dayOf(bucket.localSecond[start]);
    let end = start + 1;
    while (end < bucket.count && dayOf(bucket.localSecond[end]) === day) end++;
    const indices = Array.from({ length: end - start }, (_, k) => start + k);
    items.push({ kind: 'day', key: `${bucket.month}:d${start}`, month: bucket.month, day, indices, height: DAY_HEADER_HEIGHT });
    const rows = justifyRows(bucket.ratio.slice(start, end), p.width, p.rowHeight, p.gap);
    for (const row of rows) {
      const tiles: TileBox[] = [];
      for (let i = row.start; i < row.end; i++) {
        tiles.push({ index: start + i, width: Math.max(1, Math.min(4, Math.max(0.25, bucket.ratio[start + i] || 1)) * row.height) });
      }
      items.push({ kind: 'row', key: `${bucket.month}:r${start + row.start}`, month: bucket.month, tiles, height: Math.round(row.height) + p.gap });
    }
    start = end;
  }
  return items;
}

// A month's rows depend only on its bucket and the width: cached per bucket object (TanStack
// Query keeps the same object until the month is refetched), so a newly loaded month costs
// its own layout, not every loaded month's again.
const monthLayouts = new WeakMap<TimelineBucket, { key: string; items: TimelineItem[] }>();

function cachedLayoutMonth(bucket: TimelineBucket, p: LayoutParams): TimelineItem[] {
  const key = `${p.width}:${p.rowHeight}:${p.gap}`;
  const hit = monthLayouts.get(bucket);
  if (hit?.key === key) return hit.items;
  const items = layoutMonth(bucket, p);
  monthLayouts.set(bucket, { key, items });
  return items;
}

export interface TimelineLayout {
  items: TimelineItem[];
  /** Index of each month's header item, for the scrubber's jumps. */
  monthIndex: Map<string, number>;
  /** Pixel offset of each month's header and the total height. */
  monthOffset: Map<string, number>;
  totalHeight: number;
  /** offsets[i] is where item i starts; offsets[items.length] is the total height. */
  offsets: number[];
  /** Where each month starts and ends (its header to the next month's header). */
  monthBounds: Map<string, [number, number]>;
}

export function buildTimelineLayout(
  summaries: TimelineBucketSummary[],
  loaded: Map<string, TimelineBucket>,
  p: LayoutParams,
): TimelineLayout {
  const items: TimelineItem[] = [];
  const monthIndex = new Map<string, number>();
  const monthOffset = new Map<string, number>();
  let offset = 0;
  const push = (item: TimelineItem) => {
    items.push(item);
    offset += item.height;
  };
  for (const s of summaries) {
    monthIndex.set(s.month, items.length);
    monthOffset.set(s.month, offset);
    push({ kind: 'month', key: `${s.month}:m`, month: s.month, count: s.count, height: MONTH_HEADER_HEIGHT });
    const bucket = loaded.get(s.month);
    if (bucket) for (const item of cachedLayoutMonth(bucket, p)) push(item);
    else push({ kind: 'placeholder', key: `${s.month}:p`, month: s.month, count: s.count, height: estimateMonthHeight(s.count, p) });
  }
  const offsets = new Array<number>(items.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < items.length; i++) offsets[i + 1] = offsets[i] + items[i].height;
  const monthBounds = new Map<string, [number, number]>();
  summaries.forEach((s, i) => monthBounds.set(s.month, [monthOffset.get(s.month)!, i + 1 < summaries.length ? monthOffset.get(summaries[i + 1].month)! : offset]));
  return { items, monthIndex, monthOffset, totalHeight: offset, offsets, monthBounds };
}
