'use client';
// The videos of a performer, studio or tag as the catalogue's cards, 24 a page.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { VideoGrid } from '@/components/catalogue/VideoGrid';
import { quietButton } from '@/components/video-player/Section';
import type { VideoPage } from '@/lib/catalogue/catalogue.schemas';
import { fetchEntityVideos } from '@/lib/client/organise-api';
import type { EntityKind } from '@/lib/organise/organise.schemas';
import { SEGMENT_OF } from './entity-words';

export function EntityVideos({ kind, id, initial }: { kind: EntityKind; id: string; initial: VideoPage }) {
  const [page, setPage] = useState(1);
  const { data } = useQuery({
    queryKey: ['entity-videos', kind, id, page],
    queryFn: () => fetchEntityVideos(SEGMENT_OF[kind], id, page),
    initialData: page === 1 ? initial : undefined,
  });
  const lastPage = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <section aria-labelledby="entity-videos-title" data-testid="entity-videos">
      <h2 id="entity-videos-title" className="mb-3 text-lg font-semibold">
        Videos {data && <span className="text-sm font-normal text-neutral-300">({data.total})</span>}
      </h2>
      {data && data.total === 0 && <p className="text-neutral-300">No videos yet.</p>}
      {data && data.items.length > 0 && <VideoGrid videos={data.items} selection={null} />}
      {lastPage > 1 && (
        <nav aria-label="Pages of videos" className="mt-6 flex items-center justify-center gap-3 text-sm">
          <button type="button" className={quietButton} disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
            Previous
          </button>
          <span className="text-neutral-300">
            Page {page} of {lastPage}
          </span>
          <button type="button" className={quietButton} disabled={page >= lastPage} onClick={() => setPage((p) => p + 1)}>
            Next
          </button>
        </nav>
      )}
    </section>
  );
}
