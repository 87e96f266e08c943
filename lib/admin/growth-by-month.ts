// Growth per month for the charts: assets and bytes added each month, every month from the
// first to the last (a quiet month is a zero bar, not a missing one), derived bytes by the
// month their files were made.
import type { AssetMonthRow, DerivedMonthRow } from './overview-storage.queries';
import type { GrowthMonth } from './overview.schemas';

export function growthByMonth(assets: Pick<AssetMonthRow, 'month' | 'type' | 'files' | 'bytes'>[], derived: Pick<DerivedMonthRow, 'month' | 'bytes'>[]): GrowthMonth[] {
  const months = [...assets.map((a) => a.month), ...derived.map((d) => d.month)].sort();
  if (months.length === 0) return [];
  const byMonth = new Map<string, GrowthMonth>();
  for (const month of monthRange(months[0], months.at(-1)!)) byMonth.set(month, { month, photos: 0, videos: 0, originalBytes: 0, derivedBytes: 0 });
  for (const a of assets) {
    const m = byMonth.get(a.month)!;
    if (a.type === 'photo') m.photos += a.files;
    else m.videos += a.files;
    m.originalBytes += a.bytes;
  }
  for (const d of derived) byMonth.get(d.month)!.derivedBytes += d.bytes;
  return [...byMonth.values()];
}

/** 'YYYY-MM' from `first` to `last`, both included. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
