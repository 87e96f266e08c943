// The wire form of a month bucket, built to be small and cheap to make because a busy month
// holds thousands of assets: one column per field, each column a single string —
// - id: every asset id as 24 base64 characters (the UUID's 16 bytes), concatenated
// - ratio: width / height in hundredths (133 = 1.33), comma-separated
// - localMinute: minutes since the month's start on the local wall clock, comma-separated
// - type: one character per asset ('p'|'v')
// - favouriteIds: the month's favourites, as ids like `id` (they may name assets not in this
//   view; those are ignored)
// - durationMs: only for the videos, in order, comma-separated
// - thumbhash: base64 per asset, comma-separated, empty when there is none
// - fileName: each asset's file name (its path's last part, never the folders), joined by '/',
//   the one character a file name cannot hold; it names the tile for screen readers
// PostgreSQL builds it (timeline.queries.ts; string_agg costs half of json_agg over numbers);
// decodeBucket turns it back into TimelineBucket (full UUIDs, one entry per asset in every
// column) in the browser.
import type { TimelineBucket } from './timeline.schemas';

export interface TimelineBucketWire {
  month: string;
  count: number;
  id: string;
  ratio: string;
  localMinute: string;
  type: string;
  favouriteIds: string;
  durationMs: string;
  thumbhash: string;
  fileName: string;
}

const ID_LENGTH = 24;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function base64ToUuid(b64: string): string {
  const bytes = atob(b64);
  let hex = '';
  for (let i = 0; i < 16; i++) {
    hex += HEX[bytes.charCodeAt(i)];
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
  }
  return hex;
}

const numbers = (column: string, count: number): number[] => (count === 0 || column === '' ? [] : column.split(',').map(Number));

export function decodeBucket(w: TimelineBucketWire): TimelineBucket {
  const favourites = new Set<string>();
  for (let i = 0; i < w.favouriteIds.length; i += ID_LENGTH) favourites.add(w.favouriteIds.slice(i, i + ID_LENGTH));
  const id: string[] = [];
  let favourite = '';
  for (let i = 0; i < w.count; i++) {
    const compact = w.id.slice(i * ID_LENGTH, (i + 1) * ID_LENGTH);
    id.push(base64ToUuid(compact));
    favourite += favourites.has(compact) ? '1' : '0';
  }
  const durations = numbers(w.durationMs, w.count);
  let video = 0;
  return {
    month: w.month,
    count: w.count,
    id,
    ratio: numbers(w.ratio, w.count).map((r) => r / 100),
    localSecond: numbers(w.localMinute, w.count).map((m) => m * 60),
    type: w.type,
    durationMs: Array.from(w.type, (t) => (t === 'v' ? (durations[video++] ?? null) : null)),
    thumbhash: w.count === 0 ? [] : w.thumbhash.split(',').map((h) => h || null),
    favourite,
    fileName: w.count === 0 ? [] : w.fileName.split('/'),
  };
}
