'use client';
// "Distribution" under the catalogue: when the videos of the current search were added and
// released, by month or year (GET /api/videos/stats with the same filters). Collapsed at
// first; fetched only once opened.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchVideoStats } from '@/lib/client/catalogue-api';
import { type CatalogueState, catalogueApiParams } from './catalogue-url';
import { BarChartPanel } from './BarChartPanel';
import { buckets, type Granularity, naturalGranularity } from './month-buckets';

export function Distribution({ state }: { state: CatalogueState }) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Granularity | null>(null);
  const params = catalogueApiParams(state);
  for (const key of ['page', 'pageSize', 'sort', 'dir', 'seed']) params.delete(key);
  const filters = params.toString();
  const { data, isError, isPending } = useQuery({ queryKey: ['videos', 'stats', filters], queryFn: () => fetchVideoStats(new URLSearchParams(filters)), enabled: open });
  const by = chosen ?? (data ? naturalGranularity([...data.added, ...data.released]) : 'month');
  return (
    <details className="mt-10 rounded-lg border border-neutral-800" onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="distribution">
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-neutral-200 hover:bg-neutral-900">Distribution of this search</summary>
      <div className="grid gap-3 px-4 pb-4">
        <div role="radiogroup" aria-label="Bars per" className="flex gap-3 text-sm text-neutral-300">
          {(['month', 'year'] as const).map((g) => (
            <label key={g} className="flex items-center gap-1.5">
              <input type="radio" name="distribution-by" checked={by === g} onChange={() => setChosen(g)} />
              By {g}
            </label>
          ))}
        </div>
        {open && isPending && <p className="text-sm text-neutral-400">Counting…</p>}
        {isError && <p className="text-sm text-rose-300">The distribution could not be loaded.</p>}
        {data && (
          <div className="grid gap-3 md:grid-cols-2">
            <BarChartPanel title="Date added" unit="videos" points={buckets(data.added, by).map((b) => ({ label: b.label, value: b.count }))} />
            <BarChartPanel title="Release date" unit="videos" points={buckets(data.released, by).map((b) => ({ label: b.label, value: b.count }))} />
          </div>
        )}
      </div>
    </details>
  );
}
