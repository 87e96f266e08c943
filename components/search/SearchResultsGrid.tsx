'use client';
// Search results as the timeline's justified rows (lib/client/justify-rows), without month
// headers: the order is the ranking's. Each tile opens the viewer with the search as its
// context, so previous/next stay inside these results.
import { Play } from 'lucide-react';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { justifyRows } from '@/lib/client/justify-rows';
import type { SearchHit } from '@/lib/search/search.schemas';
import { formatDuration } from '../timeline/format';
import { ThumbhashImage } from '../timeline/ThumbhashImage';

const GAP = 4;
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Photo, 14 March 2022, IMG_2682.heic" — as the timeline's tiles are named. */
export const hitLabel = (hit: SearchHit) => `${hit.type === 'video' ? 'Video' : 'Photo'}, ${dateFormat.format(new Date(`${hit.takenAtLocal}Z`))}, ${hit.fileName}`;

export function viewerHref(id: string, context: string) {
  return `/photos/${id}?${new URLSearchParams({ search: context })}`;
}

export function SearchResultsGrid({ hits, context }: { hits: SearchHit[]; context: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const target = width < 640 ? 110 : 200;
  const rows = useMemo(() => (width > 0 ? justifyRows(hits.map((h) => h.ratio), width, target, GAP) : []), [hits, width, target]);
  return (
    <div ref={ref} className="flex flex-col gap-1" data-testid="search-results">
      {rows.map((row) => (
        <div key={row.start} className="flex gap-1" style={{ height: row.height }}>
          {hits.slice(row.start, row.end).map((hit) => {
            const tileWidth = Math.max(1, Math.floor(Math.min(4, Math.max(0.25, hit.ratio)) * row.height));
            const label = hitLabel(hit);
            return (
              <a
                key={hit.id}
                href={viewerHref(hit.id, context)}
                className="relative block shrink-0 overflow-hidden bg-neutral-800 focus:outline-3 focus:-outline-offset-3 focus:outline-sky-400"
                style={{ width: tileWidth, height: row.height }}
                aria-label={hit.durationMs != null ? `${label}, ${formatDuration(hit.durationMs)}` : label}
                data-testid="search-tile"
                data-asset-id={hit.id}
                data-match={hit.match}
              >
                {hit.thumbhash && <ThumbhashImage thumbhash={hit.thumbhash} />}
                {/* eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth; no optimizer */}
                <img src={`/api/assets/${hit.id}/thumbnail`} alt="" loading="lazy" decoding="async" className="relative h-full w-full object-cover" />
                {hit.type === 'video' && (
                  <span className="pointer-events-none absolute top-1 right-1 flex items-center gap-1 rounded bg-black/70 px-1 py-0.5 text-xs leading-none text-white tabular-nums">
                    <Play aria-hidden size={12} className="fill-current" />
                    {hit.durationMs != null && tileWidth > 80 && formatDuration(hit.durationMs)}
                  </span>
                )}
              </a>
            );
          })}
        </div>
      ))}
    </div>
  );
}
