// The wire form of a month bucket, built to be small and cheap to make because a busy month
// holds thousands of assets: one record per asset in a single string, records joined by '/'
// (the one character a file name cannot hold; the record's other fields may hold it, being
// base64, so the decoder reads with a cursor), each record
//   <id><ratio>,<localMinute>,<durationMs>,<thumbhash>,<fileName>
// - id: the UUID's 16 bytes as 24 base64 characters (fixed width, so no separator after it)
// - ratio: width / height in hundredths (133 = 1.33)
// - localMinute: minutes since the month's start on the local wall clock
// - durationMs: empty for a photo; a video's duration (0 when unknown) — so it also tells the type
// - thumbhash: base64, empty when there is none
// - fileName: the path's last part (never the folders); last, so it may hold commas; it names
//   the tile for screen readers
// and beside the records, favouriteIds: the month's favourites, as ids like `id` (they may name
// assets not in this view; those are ignored).
// PostgreSQL builds it with one aggregate (timeline.queries.ts says why); decodeBucket turns it
// back into TimelineBucket (full UUIDs, one entry per asset in every column) in the browser.
import type { TimelineBucket } from './timeline.schemas';

export interface TimelineBucketWire {
  month: string;
  count: number;
  favouriteIds: string;
  assets: string;
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

/** Reads the records with a cursor: base64 may hold '/', so the records cannot simply be split.
 * Every field before the file name is free of commas, and the file name of slashes. */
export function decodeBucket(w: TimelineBucketWire): TimelineBucket {
  const favourites = new Set<string>();
  for (let i = 0; i < w.favouriteIds.length; i += ID_LENGTH) favourites.add(w.favouriteIds.slice(i, i + ID_LENGTH));
  const bucket: TimelineBucket = { month: w.month, count: w.count, id: [], ratio: [], localSecond: [], type: '', durationMs: [], thumbhash: [], favourite: '', fileName: [] };
  const s = w.assets;
  let type = '';
  let favourite = '';
  let at = 0;
  for (let i = 0; i < w.count; i++) {
    const compact = s.slice(at, at + ID_LENGTH);
    const c1 = s.indexOf(',', at + ID_LENGTH);
    const c2 = s.indexOf(',', c1 + 1);
    const c3 = s.indexOf(',', c2 + 1);
    const c4 = s.indexOf(',', c3 + 1);
    const slash = s.indexOf('/', c4 + 1);
    const end = slash === -1 ? s.length : slash;
    bucket.id.push(base64ToUuid(compact));
    bucket.ratio.push(Number(s.slice(at + ID_LENGTH, c1)) / 100);
    bucket.localSecond.push(Number(s.slice(c1 + 1, c2)) * 60);
    const duration = s.slice(c2 + 1, c3);
    type += duration === '' ? 'p' : 'v';
    bucket.durationMs.push(duration === '' ? null : Number(duration));
    // base64 breaks lines after 76 characters; a thumbhash is shorter, but a long one stays whole.
    const hash = s.slice(c3 + 1, c4);
    bucket.thumbhash.push(hash === '' ? null : hash.includes('\n') ? hash.replaceAll('\n', '') : hash);
    bucket.fileName.push(s.slice(c4 + 1, end));
    favourite += favourites.has(compact) ? '1' : '0';
    at = end + 1;
  }
  bucket.type = type;
  bucket.favourite = favourite;
  return bucket;
}
