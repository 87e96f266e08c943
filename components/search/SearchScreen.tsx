'use client';
// /search: one box for words and dates ("dogs summer 2019"), filters, and the results as a
// justified grid; pages of 60 load on "Show more". The URL holds the whole search, so it can be
// shared and back/forward walk through earlier searches. Says when meaning (CLIP) could not
// take part, and helps when nothing is typed or nothing matches.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Search, SlidersHorizontal, X } from 'lucide-react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { fetchSearch, fetchSearchOptions, SEARCH_PAGE } from '@/lib/client/search-api';
import { hasFilters, type SearchState, searchQueryString, searchStateFrom } from '@/lib/client/search-url';
import type { SearchOptions, SearchResults } from '@/lib/search/search.schemas';
import { SearchFiltersPanel } from './SearchFiltersPanel';
import { SearchResultsGrid } from './SearchResultsGrid';

const EXAMPLES = ['beach', 'dogs', 'summer 2019', 'dec 2018', 'IMG_1234'];

const REASON: Record<string, string> = {
  model_unavailable: 'Matched by words only: the model that finds pictures by meaning is not available yet.',
  no_embedding: 'This photo has not been analysed yet, so there is nothing to compare it with.',
};

export function SearchScreen({ initial, initialOptions, problem }: { initial: SearchResults | null; initialOptions: SearchOptions; problem: string | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const state = searchStateFrom(params);
  const context = searchQueryString(state);
  const [text, setText] = useState(state.q ?? '');
  const [showFilters, setShowFilters] = useState(hasFilters(state));
  // Back/forward to another search puts its words back in the box (state adjusted while rendering).
  const [shownQ, setShownQ] = useState(state.q ?? '');
  if (shownQ !== (state.q ?? '')) {
    setShownQ(state.q ?? '');
    setText(state.q ?? '');
  }
  const active = context !== '';
  const { data: options } = useQuery({ queryKey: ['search-options'], queryFn: fetchSearchOptions, initialData: initialOptions, staleTime: 60_000 });
  const results = useInfiniteQuery({
    queryKey: ['search', context],
    queryFn: ({ pageParam, signal }) => fetchSearch(context, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
    initialData: initial && active ? { pages: [initial], pageParams: [0] } : undefined,
    enabled: active && !problem,
    staleTime: 30_000,
  });
  const go = (next: SearchState) => router.push(`${pathname}?${searchQueryString(next)}`, { scroll: false });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { like: _like, ...rest } = state;
    void _like;
    go({ ...rest, q: text.trim().slice(0, 200) || undefined });
  };
  const first = results.data?.pages[0];
  const hits = results.data?.pages.flatMap((p) => p.items) ?? [];
  const error = problem ?? (results.error ? results.error.message : null);
  return (
    <div className="mx-auto flex max-w-screen-2xl flex-col gap-3 px-3 py-4 sm:px-4">
      <h1 className="sr-only">Search</h1>
      <form role="search" onSubmit={submit} className="flex flex-wrap items-center gap-2">
        <div className="relative min-w-0 flex-1">
          <Search aria-hidden size={18} className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-neutral-400" />
          <input
            type="search"
            aria-label="Search photos and videos"
            placeholder="Search: people, places, things, dates…"
            maxLength={200}
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="w-full rounded-full border border-neutral-700 bg-neutral-900 py-2 pr-3 pl-10 text-base text-neutral-100 placeholder:text-neutral-400"
            data-testid="search-box"
          />
        </div>
        <button type="submit" className="rounded-full bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-600">
          Search
        </button>
        <button type="button" aria-expanded={showFilters} aria-controls="search-filters" onClick={() => setShowFilters((v) => !v)} className="flex items-center gap-1.5 rounded-full border border-neutral-700 px-3 py-2 text-sm hover:bg-neutral-800">
          <SlidersHorizontal aria-hidden size={16} />
          Filters{hasFilters(state) ? ' (on)' : ''}
        </button>
      </form>
      <div id="search-filters" hidden={!showFilters}>
        <SearchFiltersPanel state={state} options={options} onChange={go} />
      </div>
      {state.like && (
        <p className="flex items-center gap-2 text-sm text-neutral-300">
          Photos and videos like{' '}
          <Link className="text-sky-400 underline" href={`/photos/${state.like}`}>
            this one
          </Link>
          <button type="button" className="flex items-center gap-1 rounded px-2 py-1 hover:bg-neutral-800" onClick={() => go({ ...state, like: undefined })}>
            <X aria-hidden size={14} /> Clear
          </button>
        </p>
      )}
      <div aria-live="polite" className="text-sm text-neutral-400" data-testid="search-status">
        {error ? (
          <p role="alert" className="text-red-400">{error}</p>
        ) : !active ? null : results.isPending ? (
          <p>Searching…</p>
        ) : first ? (
          <p>
            {hits.length}
            {first.nextOffset !== null || results.hasNextPage ? '+' : ''} {hits.length === 1 ? 'result' : 'results'}
            {first.understood.date ? ` · taken ${first.understood.date}` : ''}
            {first.reason && REASON[first.reason] ? ` · ${REASON[first.reason]}` : ''}
          </p>
        ) : null}
      </div>
      {!active && !error && <Hints />}
      {active && first && hits.length === 0 && <NoResults state={state} onClear={() => go({ q: state.q })} />}
      {hits.length > 0 && <SearchResultsGrid hits={hits} context={context} />}
      {results.hasNextPage && (
        <button type="button" onClick={() => results.fetchNextPage()} disabled={results.isFetchingNextPage} className="mx-auto rounded-full border border-neutral-700 px-4 py-2 text-sm hover:bg-neutral-800 disabled:opacity-50">
          {results.isFetchingNextPage ? 'Loading…' : `Show ${SEARCH_PAGE} more`}
        </button>
      )}
    </div>
  );
}

function Hints() {
  return (
    <div className="mt-10 text-center text-neutral-300" data-testid="search-hints">
      <p className="text-lg">Find photos and videos by what is in them.</p>
      <p className="mt-2 text-sm text-neutral-400">File and folder names, cameras and lenses, people’s names, tags, things (“dog”, “beach”) and dates (“summer 2019”, “dec 2018”, “last year”).</p>
      <p className="mt-4 flex flex-wrap justify-center gap-2 text-sm">
        {EXAMPLES.map((example) => (
          <Link key={example} href={`/search?${new URLSearchParams({ q: example })}`} className="rounded-full border border-neutral-700 px-3 py-1 hover:bg-neutral-800">
            {example}
          </Link>
        ))}
      </p>
    </div>
  );
}

function NoResults({ state, onClear }: { state: SearchState; onClear: () => void }) {
  return (
    <div className="mt-10 text-center text-neutral-300" data-testid="search-empty">
      <p className="text-lg">Nothing matches{state.q ? ` “${state.q}”` : ''}.</p>
      <ul className="mt-2 space-y-1 text-sm text-neutral-400">
        <li>Every word must match: try fewer words, or a part of a file name.</li>
        <li>Archived photos and the trash are not searched.</li>
      </ul>
      {hasFilters(state) && (
        <button type="button" onClick={onClear} className="mt-4 rounded-full border border-neutral-700 px-4 py-2 text-sm hover:bg-neutral-800">
          Clear the filters
        </button>
      )}
    </div>
  );
}
