// "5 minutes ago", "yesterday", "3 weeks ago": when something happened in an activity feed, in
// the largest unit that fits; past a year (or in the future, a skewed clock) the plain date.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
];
const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function timeAgo(iso: string, now: number = Date.now()): string {
  let amount = (now - new Date(iso).getTime()) / 1000;
  if (amount < 0 && amount > -60) amount = 0; // a few seconds of clock skew is "now"
  if (amount >= 0) {
    for (const [unit, size] of UNITS) {
      if (amount < size) return unit === 'second' && amount < 10 ? 'just now' : format.format(-Math.floor(amount), unit);
      amount /= size;
    }
  }
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
