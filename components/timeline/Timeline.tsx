'use client';
// The timeline screen shared by Photos, Favourites, Archive and Trash: month and day headers,
// justified rows virtualised one row per item, placeholders sized from the counts, buckets
// fetched just ahead of the scroll position, a scrubber, selection and bulk actions.
import { useQueries, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { AddToAlbumDialog } from '@/components/albums/AddToAlbumDialog';
import { useAddAlbumItems } from '@/lib/client/album-queries';
import { EditDateDialog } from '@/components/asset-edits/EditDateDialog';
import { buildTimelineLayout, layoutParamsFor, type TimelineItem } from '@/lib/client/timeline-layout';
import { forgetTimelinePlace, readTimelinePlace, saveTimelinePlace } from '@/lib/client/timeline-place';
import { fetchBucket, timelineKeys, useBuckets, useBulkAction } from '@/lib/client/timeline-queries';
import type { BulkAction } from '@/lib/assets/assets.schemas';
import type { TimelineBucket, TimelineBucketSummary, TimelineView } from '@/lib/timeline/timeline.schemas';
import { formatDay, formatMonth, tileLabel } from './format';
import { Scrubber } from './Scrubber';
import { SelectionBar } from './SelectionBar';
import { Tile } from './Tile';
import { useSelection } from './use-selection';
import { type ItemState, VirtualList, type VirtualListHandle } from './VirtualList';

interface Props {
  view: TimelineView;
  initialBuckets: TimelineBucketSummary[];
  emptyState: ReactNode;
  toolbar?: ReactNode;
  /** Opened from an album's "Add photos": the selection goes straight into this album. */
  addTo?: { id: string; title: string };
}

const AHEAD = 2; // months fetched beyond the last visible one
// Rows rendered beyond the viewport: enough for a wheel tick, few enough that a jump renders
// (and requests thumbnails for) little more than one screen.
const OVERSCAN = { top: 400, bottom: 400 };

export function Timeline({ view, initialBuckets, emptyState, toolbar, addTo }: Props) {
  const router = useRouter();
  const { data: summaries = [] } = useBuckets(view, initialBuckets);
  const containerRef = useRef<HTMLDivElement>(null);
  const list = useRef<VirtualListHandle>(null);
  const [width, setWidth] = useState(0);
  const queryClient = useQueryClient();
  // Back from the viewer: the place saved when it opened (read once, then forgotten). Only the
  // months wanted differ from the server's render, and they render nothing until fetched.
  const [place] = useState(() => (typeof window === 'undefined' ? null : readTimelinePlace(view)));
  useEffect(() => {
    if (place) forgetTimelinePlace(view);
  }, [place, view]);
  const [wanted, setWanted] = useState<string[]>(() => {
    const first = initialBuckets.slice(0, AHEAD).map((b) => b.month);
    if (!place) return first;
    // The months still cached lay out as they were, so the place is exact from the first frame.
    const cached = initialBuckets.filter((b) => queryClient.getQueryData(timelineKeys.bucket(view, b.month))).map((b) => b.month);
    return [...new Set([...first, ...cached, place.anchor.month, place.viewed.month])];
  });
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

  // The same Map while the loaded buckets are the same objects: a query merely changing its
  // fetching state must not lay out and re-render the whole list.
  const loadedRef = useRef(new Map<string, TimelineBucket>());
  const combine = useCallback((results: { data?: TimelineBucket }[]) => {
    const next = new Map(results.flatMap((r) => (r.data ? [[r.data.month, r.data] as const] : [])));
    const prev = loadedRef.current;
    if (next.size === prev.size && [...next].every(([month, bucket]) => prev.get(month) === bucket)) return prev;
    loadedRef.current = next;
    return next;
  }, []);
  const loaded = useQueries({
    queries: wanted.map((month) => ({
      queryKey: timelineKeys.bucket(view, month),
      queryFn: () => fetchBucket(view, month),
      staleTime: 60_000,
    })),
    combine,
  });

  const scrubberWidth = width < 640 ? 36 : 56; // room for the scrubber, narrower on phones
  const gridWidth = Math.max(0, width - scrubberWidth);
  const layout = useMemo(() => buildTimelineLayout(summaries, loaded, layoutParamsFor(gridWidth)), [summaries, loaded, gridWidth]);
  const orderedIds = useMemo(() => summaries.flatMap((s) => loaded.get(s.month)?.id ?? []), [summaries, loaded]);
  const { selected, toggle, toggleMany, clear } = useSelection(orderedIds);
  const bulk = useBulkAction();
  const addToAlbum = useAddAlbumItems();
  const [albumDialog, setAlbumDialog] = useState<string[] | null>(null);
  const [editingDates, setEditingDates] = useState(false);

  useEffect(() => {
    // With a dialog open (Edit date), Esc closes the dialog and keeps the selection.
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !document.querySelector('dialog[open]') && clear();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clear]);

  // Months on screen are fetched first; the ones around them (one above, AHEAD below) only once
  // those have arrived, so that after a jump the target month is not queued behind its
  // neighbours on the server.
  const [around, setAround] = useState<{ onScreen: string[]; ahead: string[] }>({ onScreen: [], ahead: [] });
  const onRangeChanged = useCallback(
    (startIndex: number, endIndex: number, topIndex: number) => {
      const items = layout.items;
      const top = items[topIndex]?.month ?? items[startIndex]?.month;
      const last = items[Math.min(endIndex, items.length - 1)]?.month;
      if (!top || !last) return;
      setCurrentMonth(top);
      const from = summaries.findIndex((s) => s.month === top);
      const to = summaries.findIndex((s) => s.month === last);
      const onScreen = summaries.slice(from, to + 1).map((s) => s.month);
      want(onScreen);
      const ahead = [...summaries.slice(Math.max(0, from - 1), from), ...summaries.slice(to + 1, to + 1 + AHEAD)].map((s) => s.month);
      setAround((prev) => (prev.onScreen.join() === onScreen.join() && prev.ahead.join() === ahead.join() ? prev : { onScreen, ahead }));
    },
    [layout.items, summaries, want],
  );
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- what is asked for next follows what the queries returned; it cannot be derived in the render that asks
    if (around.onScreen.every((m) => loaded.has(m))) want(around.ahead);
  }, [around, loaded, want]);

  // A month under the scrubber's pointer is fetched before the click: at most one such fetch at
  // a time (a pointer sweeping over the years asks for the month it rests on last, not for
  // every month it crossed).
  const hoverFetch = useRef<{ busy: boolean; next: string | null }>({ busy: false, next: null });
  const prefetchMonth = useCallback(
    (month: string) => {
      const state = hoverFetch.current;
      const run = (m: string) => {
        state.busy = true;
        void queryClient.prefetchQuery({ queryKey: timelineKeys.bucket(view, m), queryFn: () => fetchBucket(view, m), staleTime: 60_000 }).finally(() => {
          state.busy = false;
          const next = state.next;
          state.next = null;
          if (next) run(next);
        });
      };
      if (state.busy) state.next = month;
      else run(month);
    },
    [queryClient, view],
  );

  const jump = useCallback(
    (month: string) => {
      want([month]);
      setCurrentMonth(month);
      const offset = layout.monthOffset.get(month);
      if (offset !== undefined) list.current?.scrollToOffset(offset);
    },
    [layout.monthOffset, want],
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
    (e: MouseEvent, id: string, month: string) => {
      if (e.ctrlKey || e.metaKey || e.button !== 0) return; // new tab: let the browser do it
      e.preventDefault();
      if (selected.size > 0 || e.shiftKey || addTo) return toggle(id, e.shiftKey);
      const anchor = list.current?.currentAnchor();
      if (anchor) saveTimelinePlace(view, { anchor, viewed: { id, month }, fromTimeline: true });
      router.push(`/photos/${id}?view=${view}`);
    },
    [addTo, router, selected.size, toggle, view],
  );

  // Back from the viewer after moving through other photos: the last one shown comes into
  // view once its month is laid out (the list has already gone back to the saved place).
  const reveal = useRef(place?.viewed ?? null);
  useLayoutEffect(() => {
    const target = reveal.current;
    const bucket = target && loaded.get(target.month);
    if (!target || !bucket || !list.current) return;
    reveal.current = null;
    const index = bucket.id.indexOf(target.id);
    const row = layout.items.find((it) => it.kind === 'row' && it.month === target.month && it.tiles.some((t) => t.index === index));
    if (row) list.current.revealItem(row.key);
  }, [layout, loaded, gridWidth]);

  const renderItem = (item: TimelineItem, { flinging, onScreen, scrolling }: ItemState) => {
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
            // The visible words first, so speech input ("click Select day") finds the button.
            aria-label={`${all ? 'Deselect day' : 'Select day'}, ${formatDay(item.month, item.day)}`}
            className={`rounded px-1 text-xs text-sky-400 focus:opacity-100 ${selected.size > 0 ? 'opacity-100' : 'opacity-0 group-hover:opacity-100'}`}
          >
            {all ? 'Deselect day' : 'Select day'}
          </button>
        </div>
      );
    }
    return (
      <div style={style} className="flex gap-1 overflow-hidden" data-testid="timeline-row" data-month={item.month}>
        {item.tiles.map((t) => {
          const id = bucket.id[t.index];
          return (
            <Tile
              key={id}
              id={id}
              month={item.month}
              href={`/photos/${id}?view=${view}`}
              width={t.width}
              height={item.height - 4}
              thumbhash={bucket.thumbhash[t.index]}
              isVideo={bucket.type[t.index] === 'v'}
              durationMs={bucket.durationMs[t.index]}
              favourite={bucket.favourite[t.index] === '1'}
              selected={selected.has(id)}
              showImage={!flinging && (onScreen || scrolling)}
              onScreen={onScreen}
              alt={tileLabel(bucket, t.index)}
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
  const onAddToAlbum = () =>
    addTo ? addToAlbum.mutate({ albumId: addTo.id, assetIds: [...selected] }, { onSuccess: () => router.push(`/albums/${addTo.id}`) }) : setAlbumDialog([...selected]);
  const dateDialog = editingDates && selected.size > 0 && (
    <EditDateDialog
      ids={[...selected]}
      onClose={() => setEditingDates(false)}
      onDone={() => {
        setEditingDates(false);
        clear();
      }}
    />
  );

  return (
    <div className="flex h-[calc(100dvh-53px)] flex-col">
      {dateDialog}
      {selected.size > 0 ? (
        <SelectionBar
          view={view}
          selectedIds={selected}
          busy={bulk.isPending || addToAlbum.isPending}
          error={(bulk.error ?? addToAlbum.error)?.message ?? null}
          onAction={runAction}
          onClear={clear}
          onEditDate={() => setEditingDates(true)}
          onAddToAlbum={onAddToAlbum}
          addToTitle={addTo?.title}
        />
      ) : addTo ? (
        <div className="flex items-center gap-3 bg-sky-950 px-3 py-2 text-sm" data-testid="add-to-album-banner">
          <p className="min-w-0 flex-1">Select photos and videos to add to “{addTo.title}”.</p>
          <Link href={`/albums/${addTo.id}`} className="rounded px-2 py-1 hover:bg-sky-900">
            Cancel
          </Link>
        </div>
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
      {albumDialog && <AddToAlbumDialog assetIds={albumDialog} onClose={() => setAlbumDialog(null)} onAdded={clear} />}
      <div ref={containerRef} className="relative min-h-0 flex-1 px-1 sm:px-2" data-testid="timeline">
        {summaries.length === 0 ? (
          emptyState
        ) : (
          <>
            {gridWidth > 0 && (
              <VirtualList
                ref={list}
                className="h-full"
                style={{ marginRight: scrubberWidth }}
                items={layout.items}
                offsets={layout.offsets}
                monthBounds={layout.monthBounds}
                overscan={OVERSCAN}
                renderItem={renderItem}
                onRangeChange={onRangeChanged}
                initialAnchor={place?.anchor}
              />
            )}
            <Scrubber width={scrubberWidth} summaries={summaries} monthOffset={layout.monthOffset} totalHeight={layout.totalHeight} currentMonth={currentMonth} onJump={jump} onHover={prefetchMonth} />
          </>
        )}
      </div>
    </div>
  );
}
