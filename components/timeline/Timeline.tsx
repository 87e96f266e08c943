'use client';
// The timeline screen shared by Photos, Favourites, Archive and Trash: month and day headers,
// justified rows virtualised one row per item, placeholders sized from the counts, buckets
// fetched just ahead of the scroll position, a scrubber, selection and bulk actions.
import { useQueries } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { Virtuoso, type ListRange, type VirtuosoHandle } from 'react-virtuoso';
import { buildTimelineLayout, layoutParamsFor, type TimelineItem } from '@/lib/client/timeline-layout';
import { fetchBucket, timelineKeys, useBuckets, useBulkAction } from '@/lib/client/timeline-queries';
import type { BulkAction, TimelineBucket, TimelineBucketSummary, TimelineView } from '@/lib/timeline/timeline.schemas';
import { formatDay, formatMonth } from './format';
import { Scrubber } from './Scrubber';
import { SelectionBar } from './SelectionBar';
import { Tile } from './Tile';
import { useSelection } from './use-selection';

interface Props {
  view: TimelineView;
  initialBuckets: TimelineBucketSummary[];
  /** Test hook (?render=all): every month loaded and rendered, no virtualisation. */
  renderAll?: boolean;
  emptyState: ReactNode;
  toolbar?: ReactNode;
}

const AHEAD = 2; // months fetched beyond the last visible one

export function Timeline({ view, initialBuckets, renderAll = false, emptyState, toolbar }: Props) {
  const router = useRouter();
  const { data: summaries = [] } = useBuckets(view, initialBuckets);
  const containerRef = useRef<HTMLDivElement>(null);
  const virtuoso = useRef<VirtuosoHandle>(null);
  const [width, setWidth] = useState(0);
  const [wanted, setWanted] = useState<string[]>(() => initialBuckets.slice(0, AHEAD).map((b) => b.month));
  const [currentMonth, setCurrentMonth] = useState<string | null>(initialBuckets[0]?.month ?? null);

  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const want = useCallback((months: string[]) => {
    setWanted((prev) => {
      const missing = months.filter((m) => !prev.includes(m));
      return missing.length ? [...prev, ...missing] : prev;
    });
  }, []);
  useEffect(() => {
    if (renderAll) want(summaries.map((s) => s.month));
  }, [renderAll, summaries, want]);

  const combine = useCallback(
    (results: { data?: TimelineBucket }[]) => new Map(results.flatMap((r) => (r.data ? [[r.data.month, r.data] as const] : []))),
    [],
  );
  const loaded = useQueries({
    queries: wanted.map((month) => ({
      queryKey: timelineKeys.bucket(view, month),
      queryFn: () => fetchBucket(view, month, renderAll),
      staleTime: 60_000,
    })),
    combine,
  });

  const scrubberWidth = width < 640 ? 36 : 56; // room for the scrubber, narrower on phones
  const gridWidth = Math.max(0, width - (renderAll ? 0 : scrubberWidth));
  const layout = useMemo(() => buildTimelineLayout(summaries, loaded, layoutParamsFor(gridWidth)), [summaries, loaded, gridWidth]);
  const orderedIds = useMemo(() => summaries.flatMap((s) => loaded.get(s.month)?.id ?? []), [summaries, loaded]);
  const { selected, toggle, toggleMany, clear } = useSelection(orderedIds);
  const bulk = useBulkAction();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && clear();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clear]);

  const onRangeChanged = useCallback(
    ({ startIndex, endIndex }: ListRange) => {
      const items = layout.items;
      const first = items[startIndex]?.month;
      const last = items[Math.min(endIndex, items.length - 1)]?.month;
      if (!first || !last) return;
      setCurrentMonth(first);
      const from = summaries.findIndex((s) => s.month === first);
      const to = summaries.findIndex((s) => s.month === last);
      want(summaries.slice(Math.max(0, from - 1), to + 1 + AHEAD).map((s) => s.month));
    },
    [layout.items, summaries, want],
  );

  const jump = useCallback(
    (month: string) => {
      want([month]);
      setCurrentMonth(month);
      const index = layout.monthIndex.get(month);
      if (index !== undefined) virtuoso.current?.scrollToIndex({ index, align: 'start' });
    },
    [layout.monthIndex, want],
  );

  const onToggle = useCallback(
    (e: MouseEvent, id: string) => {
      e.preventDefault();
      e.stopPropagation();
      toggle(id, e.shiftKey);
    },
    [toggle],
  );
  const onActivate = useCallback(
    (e: MouseEvent, id: string) => {
      if (e.ctrlKey || e.metaKey || e.button !== 0) return; // new tab: let the browser do it
      e.preventDefault();
      if (selected.size > 0 || e.shiftKey) toggle(id, e.shiftKey);
      else router.push(`/photos/${id}?view=${view}`);
    },
    [router, selected.size, toggle, view],
  );

  const renderItem = (item: TimelineItem) => {
    const style = { height: item.height };
    if (item.kind === 'month') {
      return (
        <h2 style={style} className="flex items-end px-1 pb-2 text-lg font-semibold" data-testid="month-header" data-month={item.month}>
          {formatMonth(item.month)}
        </h2>
      );
    }
    if (item.kind === 'placeholder') {
      return <div style={style} className="mx-1 rounded bg-neutral-900" data-testid="month-placeholder" data-month={item.month} aria-busy="true" />;
    }
    const bucket = loaded.get(item.month)!;
    if (item.kind === 'day') {
      const ids = item.indices.map((i) => bucket.id[i]);
      const all = ids.every((id) => selected.has(id));
      return (
        <div style={style} className="group flex items-center gap-2 px-1 text-sm text-neutral-300" data-testid="day-header">
          <span>{formatDay(item.month, item.day)}</span>
          <button
            type="button"
            onClick={() => toggleMany(ids)}
            aria-label={`${all ? 'Deselect' : 'Select'} ${formatDay(item.month, item.day)}`}
            className={`rounded px-1 text-xs text-sky-400 focus:opacity-100 ${selected.size > 0 ? 'opacity-100' : 'opacity-0 group-hover:opacity-100'}`}
          >
            {all ? 'Deselect day' : 'Select day'}
          </button>
        </div>
      );
    }
    return (
      <div style={style} className="flex gap-1 overflow-hidden" data-testid="timeline-row">
        {item.tiles.map((t) => {
          const id = bucket.id[t.index];
          return (
            <Tile
              key={id}
              id={id}
              href={`/photos/${id}?view=${view}`}
              width={t.width}
              height={item.height - 4}
              thumbhash={bucket.thumbhash[t.index]}
              isVideo={bucket.type[t.index] === 'v'}
              durationMs={bucket.durationMs[t.index]}
              favourite={bucket.favourite[t.index] === '1'}
              selected={selected.has(id)}
              alt={bucket.relPath?.[t.index] ?? `${bucket.type[t.index] === 'v' ? 'Video' : 'Photo'} of ${formatDay(item.month, Math.floor(bucket.localSecond[t.index] / 86400) + 1)}`}
              onActivate={onActivate}
              onToggle={onToggle}
            />
          );
        })}
      </div>
    );
  };

  const photos = summaries.reduce((n, s) => n + s.photos, 0);
  const videos = summaries.reduce((n, s) => n + s.videos, 0);
  const runAction = (action: BulkAction) => bulk.mutate({ ids: [...selected], action }, { onSuccess: clear });

  return (
    <div className="flex h-[calc(100dvh-53px)] flex-col">
      {selected.size > 0 ? (
        <SelectionBar view={view} count={selected.size} busy={bulk.isPending} error={bulk.error?.message ?? null} onAction={runAction} onClear={clear} />
      ) : (
        <div className="flex items-center gap-3 px-3 py-2">
          <h1 className="text-sm text-neutral-400" data-testid="photo-count">
            {photos === 1 ? '1 photo' : `${photos} photos`}
            {videos > 0 && `, ${videos === 1 ? '1 video' : `${videos} videos`}`}
          </h1>
          <span className="flex-1" />
          {toolbar}
        </div>
      )}
      <div ref={containerRef} className="relative min-h-0 flex-1 px-1 sm:px-2" data-testid="timeline">
        {summaries.length === 0 ? (
          emptyState
        ) : renderAll ? (
          <div className="h-full overflow-auto">{layout.items.map((item) => <div key={item.key}>{renderItem(item)}</div>)}</div>
        ) : (
          <>
            {gridWidth > 0 && (
              <Virtuoso
                ref={virtuoso}
                style={{ height: '100%', marginRight: scrubberWidth }}
                totalCount={layout.items.length}
                heightEstimates={layout.items.map((i) => i.height)}
                computeItemKey={(index) => layout.items[index]?.key ?? index}
                itemContent={(index) => renderItem(layout.items[index])}
                rangeChanged={onRangeChanged}
                increaseViewportBy={{ top: 400, bottom: 800 }}
              />
            )}
            <Scrubber width={scrubberWidth} summaries={summaries} monthOffset={layout.monthOffset} totalHeight={layout.totalHeight} currentMonth={currentMonth} onJump={jump} />
          </>
        )}
      </div>
    </div>
  );
}
