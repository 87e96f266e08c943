'use client';
// An album's items as justified rows (the timeline's tiles and row maths), in the album's order;
// more pages load as the end comes into view. Clicking a tile opens the viewer inside the album
// (unless something is selected: then it toggles). In arrange mode (the owner) each tile has
// "Move earlier" and "Move later" buttons, so the manual order is set with a keyboard too.
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Tile } from '@/components/timeline/Tile';
import type { AlbumItemsPage } from '@/lib/albums/albums.schemas';
import { justifyRows } from '@/lib/client/justify-rows';
import { layoutParamsFor } from '@/lib/client/timeline-layout';

const fullDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The items of the loaded pages as one list. */
export interface AlbumItem {
  id: string;
  ratio: number;
  takenAtLocal: string;
  isVideo: boolean;
  durationMs: number | null;
  thumbhash: string | null;
  fileName: string;
  removable: boolean;
  trashed: boolean;
}

export function itemsOf(pages: AlbumItemsPage[]): AlbumItem[] {
  return pages.flatMap((p) =>
    p.id.map((id, i) => ({
      id,
      ratio: p.ratio[i],
      takenAtLocal: p.takenAtLocal[i],
      isVideo: p.type[i] === 'v',
      durationMs: p.durationMs[i],
      thumbhash: p.thumbhash[i],
      fileName: p.fileName[i],
      removable: p.removable[i] === '1',
      trashed: p.trashed[i] === '1',
    })),
  );
}

const labelOf = (item: AlbumItem) =>
  `${item.isVideo ? 'Video' : 'Photo'}, ${fullDate.format(new Date(`${item.takenAtLocal}Z`))}, ${item.fileName}${item.trashed ? ' (in the trash)' : ''}`;

interface Props {
  albumId: string;
  items: AlbumItem[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  arranging: boolean;
  onMove: (id: string, direction: 'earlier' | 'later') => void;
  moving: boolean;
  hasMore: boolean;
  onLoadMore: () => void;
}

export function AlbumGrid({ albumId, items, selected, onToggle, arranging, onMove, moving, hasMore, onLoadMore }: Props) {
  const router = useRouter();
  const container = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasMore) return;
    const observer = new IntersectionObserver(([entry]) => entry.isIntersecting && onLoadMore(), { rootMargin: '800px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasMore, onLoadMore]);

  const params = layoutParamsFor(width);
  const rows = useMemo(() => (width > 0 ? justifyRows(items.map((i) => i.ratio), params.width, params.rowHeight, params.gap) : []), [items, width, params.width, params.rowHeight, params.gap]);

  const onActivate = useCallback(
    (e: MouseEvent, id: string) => {
      if (e.ctrlKey || e.metaKey || e.button !== 0) return;
      e.preventDefault();
      if (selected.size > 0 || e.shiftKey) return onToggle(id);
      router.push(`/photos/${id}?album=${albumId}`);
    },
    [albumId, onToggle, router, selected.size],
  );
  const onTileToggle = useCallback(
    (e: MouseEvent, id: string) => {
      e.preventDefault();
      e.stopPropagation();
      onToggle(id);
    },
    [onToggle],
  );

  return (
    <div ref={container} data-testid="album-grid" className="flex flex-col gap-1">
      {rows.map((row) => (
        <div key={`${row.start}`} className="flex gap-1" style={{ height: Math.round(row.height) }} data-testid="album-row">
          {items.slice(row.start, row.end).map((item, k) => {
            const index = row.start + k;
            const tileWidth = Math.max(1, Math.min(4, Math.max(0.25, item.ratio || 1)) * row.height);
            return (
              <div key={item.id} className={`relative shrink-0 ${item.trashed ? 'opacity-50' : ''}`} style={{ width: tileWidth }}>
                <Tile
                  id={item.id}
                  month=""
                  href={`/photos/${item.id}?album=${albumId}`}
                  width={tileWidth}
                  height={Math.round(row.height)}
                  thumbhash={item.thumbhash}
                  isVideo={item.isVideo}
                  durationMs={item.durationMs}
                  favourite={false}
                  selected={selected.has(item.id)}
                  showImage
                  alt={labelOf(item)}
                  onActivate={onActivate}
                  onToggle={onTileToggle}
                />
                {arranging && (
                  <div className="absolute inset-x-0 bottom-0 flex justify-between bg-black/60 p-0.5">
                    <button type="button" disabled={moving || index === 0} onClick={() => onMove(item.id, 'earlier')} aria-label={`Move earlier: ${item.fileName}`} className="rounded p-1 hover:bg-white/20 disabled:opacity-30">
                      <ChevronLeft aria-hidden size={18} />
                    </button>
                    <button type="button" disabled={moving || index === items.length - 1} onClick={() => onMove(item.id, 'later')} aria-label={`Move later: ${item.fileName}`} className="rounded p-1 hover:bg-white/20 disabled:opacity-30">
                      <ChevronRight aria-hidden size={18} />
                    </button>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      ))}
      <div ref={sentinel} aria-hidden className="h-px" />
    </div>
  );
}
