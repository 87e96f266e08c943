'use client';
// "Similar performers" / "Similar studios" for their pages (the lead mounts them): the
// cosine of their videos' mean TF-IDF profiles, with the reasons, twenty at a time.
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { fetchSimilarEntities } from '@/lib/client/similar-api';
import { WhyLine } from './WhyLine';

const PAGE_SIZE = 20;
const TEXT = {
  performers: { title: 'Similar performers', empty: 'No performer with similar videos yet.', href: (id: string) => `/performers/${id}` },
  studios: { title: 'Similar studios', empty: 'No studio with similar videos yet.', href: (id: string) => `/studios/${id}` },
} as const;

export function SimilarEntities({ kind, id }: { kind: 'performers' | 'studios'; id: string }) {
  const text = TEXT[kind];
  const query = useInfiniteQuery({
    queryKey: ['similar', kind, id],
    queryFn: ({ pageParam }) => fetchSimilarEntities(kind, id, pageParam, PAGE_SIZE),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const headingId = `similar-${kind}-heading`;
  return (
    <section aria-labelledby={headingId} className="grid gap-3" data-testid={`similar-${kind}`}>
      <h2 id={headingId} className="text-lg font-semibold">
        {text.title}
      </h2>
      {query.error && (
        <p role="alert" className="text-sm text-red-300">
          {query.error.message}
        </p>
      )}
      {query.isPending && <p className="text-sm text-neutral-300">Loading…</p>}
      {query.isSuccess && items.length === 0 && <p className="text-sm text-neutral-300">{text.empty}</p>}
      {items.length > 0 && (
        <ul className="divide-y divide-neutral-800 rounded-lg border border-neutral-800">
          {items.map((item) => (
            <li key={item.entity.id} className="p-3" data-testid="similar-entity">
              <div className="flex flex-wrap items-baseline gap-x-3">
                <Link href={text.href(item.entity.id)} className="font-medium text-neutral-100 hover:underline">
                  {item.entity.name}
                </Link>
                <span className="text-xs text-neutral-300">
                  {item.entity.videoCount} {item.entity.videoCount === 1 ? 'video' : 'videos'} · {Math.round(item.score * 100)}% similar
                </span>
              </div>
              <WhyLine why={item.why} />
            </li>
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <button type="button" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage} className="justify-self-start rounded-md border border-neutral-700 px-4 py-1.5 text-sm hover:bg-neutral-800 disabled:opacity-50">
          {query.isFetchingNextPage ? 'Loading…' : 'More'}
        </button>
      )}
    </section>
  );
}
