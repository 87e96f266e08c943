'use client';
// Which kinds of interaction the history shows: segmented buttons (aria-pressed). The choice is
// kept in the URL (?kind=), so reload and Back show the same list.
import { useRouter } from 'next/navigation';
import type { HistoryQuery } from '@/lib/catalogue/catalogue.schemas';

type Kind = HistoryQuery['kind'];

const KINDS: [Kind, string][] = [
  ['all', 'All'],
  ['watched', 'Watched'],
  ['liked', 'Liked'],
  ['rated', 'Rated'],
  ['marked', 'Marked'],
  ['commented', 'Commented'],
];

export function HistoryKindFilter({ kind }: { kind: Kind }) {
  const router = useRouter();
  return (
    <div role="group" aria-label="Show" className="flex flex-wrap gap-1 rounded-lg border border-neutral-800 p-1">
      {KINDS.map(([value, label]) => (
        <button
          key={value}
          type="button"
          aria-pressed={kind === value}
          onClick={() => router.push(value === 'all' ? '/videos/history' : `/videos/history?kind=${value}`)}
          className="rounded px-3 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800 aria-pressed:bg-sky-700 aria-pressed:text-white"
        >
          {label}
        </button>
      ))}
    </div>
  );
}
