// An album's date range in words: "3 – 14 July 2024", "July 2024 – March 2025", one day alone.
// Dates are wall-clock values (YYYY-MM-DD): formatted in UTC so the browser's zone never shifts them.
const full = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });

const dateOf = (ymd: string) => new Date(`${ymd}T00:00:00Z`);

export function formatDateRange(start: string | null, end: string | null): string | null {
  if (!start || !end) return null;
  if (start === end) return full.format(dateOf(start));
  if (start.slice(0, 7) === end.slice(0, 7)) return `${day.format(dateOf(start))} – ${full.format(dateOf(end))}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${dayMonth.format(dateOf(start))} – ${full.format(dateOf(end))}`;
  return `${full.format(dateOf(start))} – ${full.format(dateOf(end))}`;
}

export const itemCount = (n: number) => (n === 1 ? '1 item' : `${n} items`);
