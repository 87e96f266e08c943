'use client';
// The active filters as chips under the toolbar: each says what it filters and removes itself;
// "Clear all" removes every filter (and the text), keeping sort, view and page size.
import { X } from 'lucide-react';
import { type CatalogueState, activeFilterKeys, clearFilters, FILTER_FIELDS, type FilterKey } from '@/components/catalogue/catalogue-url';
import { useCatalogueNav } from '@/components/catalogue/use-catalogue-nav';
import { filterLabel } from './filter-labels';

export function FilterChips({ state, nameOf }: { state: CatalogueState; nameOf: (id: string) => string }) {
  const navigate = useCatalogueNav();
  const keys: FilterKey[] = [...(state.q ? (['q'] as const) : []), ...activeFilterKeys(state)];
  if (keys.length === 0) return null;
  const remove = (key: FilterKey) => {
    const next = { ...state, [key]: FILTER_FIELDS[key].empty, page: 1 };
    if (key === 'performers') next.performersMode = 'any';
    if (key === 'tags') next.tagsMode = 'any';
    if (key === 'library') next.folder = null;
    navigate(next);
  };
  return (
    <ul className="mb-4 flex flex-wrap items-center gap-2" aria-label="Active filters" data-testid="filter-chips">
      {keys.map((key) => {
        const label = filterLabel(key, state, nameOf);
        if (!label) return null;
        return (
          <li key={key} className="flex max-w-full items-center gap-1 rounded-full border border-neutral-700 bg-neutral-900 py-1 pr-1 pl-3 text-sm text-neutral-100">
            <span className="truncate">{label}</span>
            <button type="button" aria-label={`Remove filter: ${label}`} onClick={() => remove(key)} className="rounded-full p-0.5 text-neutral-300 hover:bg-neutral-700 hover:text-white">
              <X aria-hidden size={14} />
            </button>
          </li>
        );
      })}
      <li>
        <button type="button" onClick={() => navigate({ ...clearFilters(state), q: '' })} className="rounded px-2 py-1 text-sm text-sky-300 hover:bg-neutral-800" data-testid="clear-all">
          Clear all
        </button>
      </li>
    </ul>
  );
}
