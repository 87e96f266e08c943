'use client';
// "Similar videos" under the player (anchored at #similar): catalogue cards, each with the
// tokens that made it similar, twenty at a time with "More". Loaded when the page is open,
// never blocking the player; the link to the video's own tokens explains the rest.
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { VideoCard } from '@/components/catalogue/VideoCard';
import { fetchSimilarVideos } from '@/lib/client/similar-api';
import { WhyLine } from './WhyLine';

const PAGE_SIZE = 20;

export function SimilarVideos({ assetId }: { assetId: string }) {
  const query = useInfiniteQuery({
    queryKey: ['similar', 'videos', assetId],
    queryFn: ({ pageParam }) => fetchSimilarVideos(assetId, pageParam, PAGE_SIZE),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section id="similar" aria-labelledby="similar-heading" className="mx-auto mt-6 max-w-7xl scroll-mt-16 px-2 pb-10 sm:px-4" data-testid="similar-videos">
      <div className="mb-3 flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 id="similar-heading" className="text-lg font-semibold">
          Similar videos
        </h2>
        <Link href={`/videos/${assetId}/tokens`} className="text-sm text-sky-300 underline-offset-2 hover:underline">
          Why? See this video&apos;s tokens
        </Link>
      </div>
      {query.error && (
        <p role="alert" className="text-sm text-red-300">
          {query.error.message}
        </p>
      )}
      {query.isPending && <p className="text-sm text-neutral-300">Finding similar videos…</p>}
      {query.isSuccess && items.length === 0 && (
        <p className="text-sm text-neutral-300">Nothing similar yet: give this video performers, tags or a studio, and videos that share them appear here.</p>
      )}
      {items.length > 0 && (
        <ul className="grid grid-cols-2 gap-x-3 gap-y-5 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5">
          {items.map((item) => (
            <li key={item.video.id} data-testid="similar-item" data-score={item.score}>
              <VideoCard video={item.video} />
              <WhyLine why={item.why} />
            </li>
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <button
          type="button"
          onClick={() => query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
          className="mt-4 rounded-md border border-neutral-700 px-4 py-1.5 text-sm hover:bg-neutral-800 disabled:opacity-50"
        >
          {query.isFetchingNextPage ? 'Loading…' : 'More similar videos'}
        </button>
      )}
    </section>
  );
}
