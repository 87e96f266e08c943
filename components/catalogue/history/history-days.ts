// History entries grouped under the day they happened, in the reader's time zone (UTC until the
// page is hydrated, so the server's HTML and the first client render agree).
import type { HistoryEntry } from '@/lib/catalogue/catalogue.schemas';

export interface HistoryDay {
  key: string;
  label: string;
  entries: HistoryEntry[];
}

export function groupByDay(entries: readonly HistoryEntry[], timeZone: string | undefined, now = new Date()): HistoryDay[] {
  const keyOf = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
  const labelOf = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const today = keyOf.format(now);
  const yesterday = keyOf.format(new Date(now.getTime() - 86_400_000));
  const days: HistoryDay[] = [];
  for (const entry of entries) {
    const at = new Date(entry.at);
    const key = keyOf.format(at);
    if (days.at(-1)?.key !== key) {
      const label = key === today ? 'Today' : key === yesterday ? 'Yesterday' : labelOf.format(at);
      days.push({ key, label, entries: [] });
    }
    days.at(-1)!.entries.push(entry);
  }
  return days;
}
