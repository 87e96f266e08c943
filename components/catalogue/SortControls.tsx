'use client';
// The sort select (every sort of the contract), the direction button and "Shuffle" (random
// order with a new seed; the seed is in the address, so the order holds across pages).
import { ArrowDownWideNarrow, ArrowUpNarrowWide, Shuffle } from 'lucide-react';
import { useId } from 'react';
import { CATALOGUE_SORTS, type CatalogueSort, type CatalogueState, withSort } from './catalogue-url';
import { useCatalogueNav } from './use-catalogue-nav';

export const SORT_LABELS: Record<CatalogueSort, string> = {
  added: 'Date added',
  title: 'Title',
  released: 'Release date',
  duration: 'Duration',
  size: 'File size',
  resolution: 'Resolution',
  bitrate: 'Bitrate',
  rating: 'Rating',
  likes: 'Likes',
  plays: 'Play count',
  viewTime: 'View time',
  lastViewed: 'Last viewed',
  fileName: 'File name',
  path: 'Path',
  random: 'Random',
};

export function SortControls({ state }: { state: CatalogueState }) {
  const navigate = useCatalogueNav();
  const id = useId();
  const ascending = state.dir === 'asc';
  return (
    <div className="flex items-center gap-1 text-sm">
      <label htmlFor={id} className="sr-only">
        Sort by
      </label>
      <select
        id={id}
        value={state.sort}
        onChange={(e) => navigate(withSort(state, e.target.value as CatalogueSort))}
        className="rounded border border-neutral-700 bg-neutral-900 px-2 py-1.5 text-neutral-100"
        data-testid="sort-select"
      >
        {CATALOGUE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
      {state.sort !== 'random' && (
        <button
          type="button"
          onClick={() => navigate({ ...state, dir: ascending ? 'desc' : 'asc', page: 1 })}
          aria-label={ascending ? 'Ascending; switch to descending' : 'Descending; switch to ascending'}
          title={ascending ? 'Ascending' : 'Descending'}
          className="rounded p-2 hover:bg-neutral-800"
          data-testid="sort-dir"
        >
          {ascending ? <ArrowUpNarrowWide aria-hidden size={16} /> : <ArrowDownWideNarrow aria-hidden size={16} />}
        </button>
      )}
      <button type="button" onClick={() => navigate(withSort(state, 'random'))} className="flex items-center gap-1.5 rounded px-2 py-1.5 hover:bg-neutral-800" data-testid="shuffle">
        <Shuffle aria-hidden size={16} />
        Shuffle
      </button>
    </div>
  );
}
