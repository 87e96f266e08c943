// The wire form of a month bucket, built to be small because a busy month holds thousands of
// assets: one column per field, and inside the columns
// - id: every asset id as 22 base64url characters (the UUID's 16 bytes), concatenated
// - ratio: width / height, 2 decimals
// - localMinute: minutes since the month's start on the local wall clock
// - type / favourite: one character per asset ('p'|'v', '0'|'1')
// - durationMs: only for the videos, in order
// - thumbhash: base64 without padding, null when there is none
// PostgreSQL builds it (timeline.queries.ts); decodeBucket turns it back into TimelineBucket
// (full UUIDs, one entry per asset in every column) in the browser.
import type { TimelineBucket } from './timeline.schemas';

export interface TimelineBucketWire {
  month: string;
  count: number;
  id: string;
  ratio: number[];
  localMinute: number[];
  type: string;
  favourite: string;
  durationMs: number[];
  thumbhash: (string | null)[];
  relPath?: string[] | null;
}

const ID_LENGTH = 22;

function compactToUuid(compact: string): string {
  const b64 = compact.replace(/-/g, '+').replace(/_/g, '/');
  const hex = Array.from(atob(`${b64}==`), (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function decodeBucket(w: TimelineBucketWire): TimelineBucket {
  const id: string[] = [];
  for (let i = 0; i < w.count; i++) id.push(compactToUuid(w.id.slice(i * ID_LENGTH, (i + 1) * ID_LENGTH)));
  let video = 0;
  const bucket: TimelineBucket = {
    month: w.month,
    count: w.count,
    id,
    ratio: w.ratio,
    localSecond: w.localMinute.map((m) => m * 60),
    type: w.type,
    durationMs: Array.from(w.type, (t) => (t === 'v' ? (w.durationMs[video++] ?? null) : null)),
    thumbhash: w.thumbhash,
    favourite: w.favourite,
  };
  if (w.relPath) bucket.relPath = w.relPath;
  return bucket;
}
