'use client';
// The /videos screen below the top bar: how many videos, page size, links to the history and the
// duplicates, the grid of this page's cards and the page links. The server renders the first answer; TanStack
// Query keeps it per address and refreshes it when the tab comes back (new videos ingested).
import { useQuery } from '@tanstack/react-query';
import { Copy, History } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { VideoPage } from '@/lib/catalogue/catalogue.schemas';
import { fetchVideos } from '@/lib/client/catalogue-api';
import type { CatalogueAddress } from './catalogue-url';
import { PageSizeSelect } from './PageSizeSelect';
import { Pagination } from './Pagination';
import { VideoGrid } from './VideoGrid';

const countFormat = new Intl.NumberFormat('en');

interface Props {
  address: CatalogueAddress;
  initial: VideoPage;
  /** Shown when the user can see no video at all. */
  emptyState: ReactNode;
}

export function VideoCatalogue({ address, initial, emptyState }: Props) {
  const { data } = useQuery({
    queryKey: ['videos', address],
    queryFn: () => fetchVideos(address),
    initialData: initial,
  });
  const lastPage = Math.max(1, Math.ceil(data.total / data.pageSize));
  const first = (data.page - 1) * data.pageSize + 1;
  return (
    <div className="mx-auto max-w-[120rem] px-4 pt-4 pb-12 sm:px-6">
      <div className="mb-4 flex flex-wrap items-center gap-x-6 gap-y-3">
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
        <Link href="/videos/history" className="flex items-center gap-1.5 rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800">
          <History aria-hidden size={16} />
          History
        </Link>
        <Link href="/videos/duplicates" className="flex items-center gap-1.5 rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800">
          <Copy aria-hidden size={16} />
          Duplicates
        </Link>
        {data.total > 0 && <PageSizeSelect address={address} />}
      </div>
      {data.total === 0 ? emptyState : <VideoGrid videos={data.items} />}
      <Pagination address={address} lastPage={lastPage} />
    </div>
  );
}
