// Labels for months, days, durations and tiles. Dates are wall-clock values: formatted in UTC
// so the browser's own zone never shifts them.
import type { TimelineBucket } from '@/lib/timeline/timeline.schemas';

const monthFormat = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
// Day first ("14 March 2022"): no comma inside the date, so the commas of a tile's name still
// part kind, date and file name when a screen reader reads it.
const fullDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const monthDate = (month: string, day = 1) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, day));

export const formatMonth = (month: string) => monthFormat.format(monthDate(month));
export const formatShortMonth = (month: string) => shortMonthFormat.format(monthDate(month));
export const formatDay = (month: string, day: number) => dayFormat.format(monthDate(month, day));
/** Cached per day: every tile's name has one, and Intl's format cost a tenth of the scroll's
 * script time in a profile of the timeline. */
const fullDates = new Map<string, string>();
export function formatFullDate(month: string, day: number): string {
  const key = `${month}-${day}`;
  let text = fullDates.get(key);
  if (text === undefined) {
    text = fullDateFormat.format(monthDate(month, day));
    if (fullDates.size > 5_000) fullDates.clear();
    fullDates.set(key, text);
  }
  return text;
}

/** What a tile is called for screen readers: "Photo, 14 March 2022, IMG_2682.heic". */
export function tileLabel(bucket: TimelineBucket, index: number): string {
  const kind = bucket.type[index] === 'v' ? 'Video' : 'Photo';
  const day = Math.floor(bucket.localSecond[index] / 86_400) + 1;
  return `${kind}, ${formatFullDate(bucket.month, day)}, ${bucket.fileName[index]}`;
}

export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
