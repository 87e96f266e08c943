'use client';
// The /videos screen below the top bar: the search text, filters (a panel, and the active ones
// as chips), sort and shuffle, the view (grid, list, compact), page size, the safe-for-work
// switch, saved searches and select mode with its bulk bar; then this page's videos and the
// page links. Everything but the open panel and the selection lives in the address; the server
// renders the first answer and TanStack Query keeps it per address.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CheckSquare, Copy, History, SlidersHorizontal } from 'lucide-react';
import Link from 'next/link';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { BulkBar } from '@/components/search/BulkBar';
import { BlurPreviewsSwitch } from '@/components/search/BlurPreviews';
import { FilterChips } from '@/components/search/FilterChips';
import { SavedSearches } from '@/components/search/SavedSearches';
import { type LibraryOption, SearchPanel } from '@/components/search/SearchPanel';
import { SearchText } from '@/components/search/SearchText';
import { fetchVideos } from '@/lib/client/catalogue-api';
import type { CataloguePage } from '@/lib/client/catalogue-contract';
import { useEntityNames } from '@/lib/client/entity-names';
import { activeFilterKeys, type CatalogueState, catalogueApiParams } from './catalogue-url';
import { Distribution } from './Distribution';
import { PageSizeSelect } from './PageSizeSelect';
import { Pagination } from './Pagination';
import { type SelectionProps, toggleSelection } from './selection';
import { SortControls } from './SortControls';
import { RandomVideoButton, Spotlight } from './Spotlight';
import { VideoGrid } from './VideoGrid';
import { VideoList } from './VideoList';
import { ViewSwitch } from './ViewSwitch';

const countFormat = new Intl.NumberFormat('en');

interface Props {
  state: CatalogueState;
  initial: CataloguePage;
  libraries: LibraryOption[];
  blurPreviews: boolean;
  /** Names of the performers, studios and tags the address filters by, as the server knows them. */
  entityNames: Record<string, string>;
  /** Shown when the user can see no video at all. */
  emptyState: ReactNode;
}

export function VideoCatalogue({ state, initial, libraries, blurPreviews, entityNames, emptyState }: Props) {
  const params = catalogueApiParams(state).toString();
  const { data } = useQuery({
    queryKey: ['videos', params],
    queryFn: () => fetchVideos(new URLSearchParams(params)),
    initialData: initial,
    placeholderData: keepPreviousData,
  });
  const [panelOpen, setPanelOpen] = useState(false);
  const [selecting, setSelecting] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const names = useEntityNames();
  const libraryNames = useMemo(() => Object.fromEntries(libraries.map((l) => [l.id, l.name])), [libraries]);
  const nameOf = useCallback((id: string) => libraryNames[id] ?? entityNames[id] ?? names[id] ?? '(name not known here)', [libraryNames, entityNames, names]);
  const order = useMemo(() => data.items.map((v) => v.id), [data.items]);
  const selection: SelectionProps | null = selecting
    ? {
        isSelected: (id) => selected.has(id),
        toggle: (id, range) => {
          setSelected((current) => toggleSelection(current, order, id, anchor, range));
          setAnchor(id);
        },
      }
    : null;
  const closePanel = useCallback(() => setPanelOpen(false), []);
  const filterCount = activeFilterKeys(state).length;
  const lastPage = Math.max(1, Math.ceil(data.total / data.pageSize));
  const first = (data.page - 1) * data.pageSize + 1;
  const searching = filterCount > 0 || state.q !== '';
  return (
    <div className="mx-auto max-w-[120rem] px-4 pt-4 pb-24 sm:px-6">
      <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-3">
        <h1 className="text-xl font-semibold">Videos</h1>
        <p className="text-sm text-neutral-300" data-testid="video-count" aria-live="polite">
          {data.total === 1 ? '1 video' : `${countFormat.format(data.total)} videos`}
          {data.total > data.pageSize && data.items.length > 0 && (
            <span className="text-neutral-400">
              {' '}
              · {data.items.length === 1 ? countFormat.format(first) : `${countFormat.format(first)}–${countFormat.format(first + data.items.length - 1)}`}
            </span>
          )}
        </p>
        <span className="flex-1" />
        <RandomVideoButton />
        <Link href="/videos/dashboard" className="rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800">
          Dashboard
        </Link>
        <Link href="/videos/words" className="rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800">
          Word cloud
        </Link>
        <Link href="/videos/history" className="flex items-center gap-1.5 rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800">
          <History aria-hidden size={16} />
          History
        </Link>
        <Link href="/videos/auto-tag" className="flex items-center gap-1.5 rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800">Auto-tag</Link>
        <Link href="/videos/duplicates" className="flex items-center gap-1.5 rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800">
          <Copy aria-hidden size={16} />
          Duplicates
        </Link>
      </div>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <SearchText state={state} />
        <button
          type="button"
          aria-expanded={panelOpen}
          aria-controls="catalogue-filters"
          onClick={() => setPanelOpen((v) => !v)}
          className="flex items-center gap-1.5 rounded border border-neutral-700 px-2.5 py-1.5 text-sm hover:bg-neutral-800 aria-expanded:bg-neutral-800"
          data-testid="filters-button"
        >
          <SlidersHorizontal aria-hidden size={16} />
          Filters
          {filterCount > 0 && <span className="rounded-full bg-sky-700 px-1.5 text-xs text-white tabular-nums">{filterCount}</span>}
        </button>
        <SavedSearches state={state} />
        <SortControls state={state} />
        <span className="flex-1" />
        <ViewSwitch state={state} />
        <BlurPreviewsSwitch initial={blurPreviews} />
        <button
          type="button"
          aria-pressed={selecting}
          onClick={() => {
            setSelecting((v) => !v);
            setSelected(new Set());
            setAnchor(null);
          }}
          className="flex items-center gap-1.5 rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800 aria-pressed:bg-neutral-700 aria-pressed:text-white"
          data-testid="select-mode"
        >
          <CheckSquare aria-hidden size={16} />
          Select
        </button>
        {data.total > 0 && <PageSizeSelect address={state} />}
      </div>
      <FilterChips state={state} nameOf={nameOf} />
      {!searching && state.page === 1 && <Spotlight />}
      <div className="flex items-start gap-6">
        {panelOpen && <SearchPanel state={state} libraries={libraries} nameOf={nameOf} onClose={closePanel} />}
        <div className="min-w-0 flex-1">
          {data.total === 0 ? (
            searching ? (
              <p className="mt-16 text-center text-neutral-300" data-testid="no-match">
                No video matches this search.
              </p>
            ) : (
              emptyState
            )
          ) : state.view === 'grid' ? (
            <VideoGrid videos={data.items} selection={selection} />
          ) : (
            <VideoList videos={data.items} state={state} compact={state.view === 'compact'} selection={selection} />
          )}
          <Pagination address={state} lastPage={lastPage} />
          {data.total > 0 && <Distribution state={state} />}
        </div>
      </div>
      {selecting && (
        <BulkBar
          selected={selected}
          pageIds={order}
          onSelectAll={() => setSelected(new Set([...selected, ...order]))}
          onClear={() => setSelected(new Set())}
          onDone={() => {
            setSelecting(false);
            setSelected(new Set());
          }}
        />
      )}
    </div>
  );
}
