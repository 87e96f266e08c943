// Labels for months, days and durations. Dates are wall-clock values: formatted in UTC so the
// browser's own zone never shifts them.
const monthFormat = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

const monthDate = (month: string, day = 1) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, day));

export const formatMonth = (month: string) => monthFormat.format(monthDate(month));
export const formatShortMonth = (month: string) => shortMonthFormat.format(monthDate(month));
export const formatDay = (month: string, day: number) => dayFormat.format(monthDate(month, day));

export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
