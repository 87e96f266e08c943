'use client';
// The history itself: days, newest first, and "Load more" for the next page (the API's keyset
// cursor). The server renders the first page; TanStack Query's infinite query adds the rest.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { HistoryPage, HistoryQuery } from '@/lib/catalogue/catalogue.schemas';
import { fetchVideoHistory } from '@/lib/client/catalogue-api';
import { useHydrated } from '@/components/use-hydrated';
import { groupByDay } from './history-days';
import { HistoryEntryRow } from './HistoryEntryRow';

const EMPTY: Record<HistoryQuery['kind'], string> = {
  all: 'Nothing here yet. Videos you watch, like, rate, mark or comment on are listed here, newest first.',
  watched: 'No watched videos yet.',
  liked: 'No liked videos yet.',
  rated: 'No rated videos yet.',
  marked: 'No markers yet.',
  commented: 'No comments yet.',
};

interface Props {
  kind: HistoryQuery['kind'];
  initial: HistoryPage;
}

export function HistoryList({ kind, initial }: Props) {
  const hydrated = useHydrated();
  const query = useInfiniteQuery({
    queryKey: ['video-history', kind],
    queryFn: ({ pageParam }) => fetchVideoHistory({ kind, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    initialData: { pages: [initial], pageParams: [undefined] },
  });
  const entries = query.data.pages.flatMap((p) => p.entries);
  const timeZone = hydrated ? undefined : 'UTC';
  const timeOf = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
  if (entries.length === 0) {
    return (
      <p className="mt-16 text-center text-neutral-300" data-testid="history-empty">
        {EMPTY[kind]}
      </p>
    );
  }
  return (
    <>
      {groupByDay(entries, timeZone).map((day) => (
        <section key={day.key} aria-labelledby={`day-${day.key}`} className="mt-6">
          <h2 id={`day-${day.key}`} className="mb-1 px-2 text-sm font-semibold text-neutral-300">
            {day.label}
          </h2>
          <ul>
            {day.entries.map((entry) => (
              <HistoryEntryRow key={entry.key} entry={entry} time={timeOf.format(new Date(entry.at))} />
            ))}
          </ul>
        </section>
      ))}
      {query.hasNextPage && (
        <div className="mt-6 flex justify-center">
          <button
            type="button"
            onClick={() => query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
            className="rounded bg-neutral-800 px-4 py-2 text-sm text-neutral-100 hover:bg-neutral-700 disabled:opacity-60"
          >
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
      {query.isError && <p className="mt-4 text-center text-sm text-red-300">{query.error.message}</p>}
    </>
  );
}
