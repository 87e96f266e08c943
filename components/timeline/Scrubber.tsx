'use client';
// The right-edge scrubber: one band per month placed where that month sits in the scroll
// height, a density bar from its count, year labels, a hover label, click or drag to jump.
// Hovering tells the timeline which month the pointer is over, so that it can fetch the month
// before the click lands.
// Keyboard: arrows move a month, Page Up/Down a year.
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { TimelineBucketSummary } from '@/lib/timeline/timeline.schemas';
import { formatShortMonth } from './format';

// Year labels are this tall (text-[10px] on a 12 px line) and at least 2 px apart: a year
// whose label would touch the one above it (a few photos between busy years) goes unlabelled.
const LABEL_HEIGHT = 12;
const LABEL_GAP = 2;

interface Props {
  width: number;
  summaries: TimelineBucketSummary[];
  monthOffset: Map<string, number>;
  totalHeight: number;
  currentMonth: string | null;
  onJump: (month: string) => void;
  /** The pointer rests over a month (a mouse, before a click): the timeline fetches it ahead. */
  onHover?: (month: string) => void;
}

export function Scrubber({ width, summaries, monthOffset, totalHeight, currentMonth, onJump, onHover }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const lastPointerY = useRef<number | null>(null);
  const [hover, setHover] = useState<{ y: number; month: string } | null>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const maxCount = useMemo(() => Math.max(1, ...summaries.map((s) => s.count)), [summaries]);
  const fraction = (month: string) => (totalHeight > 0 ? (monthOffset.get(month) ?? 0) / totalHeight : 0);

  const monthAt = useCallback(
    (clientY: number) => {
      const box = ref.current?.getBoundingClientRect();
      if (!box || summaries.length === 0) return null;
      const y = Math.min(Math.max(0, clientY - box.top), box.height);
      const target = (y / box.height) * totalHeight;
      let lo = 0;
      let hi = summaries.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if ((monthOffset.get(summaries[mid].month) ?? 0) <= target) lo = mid;
        else hi = mid - 1;
      }
      return { y, month: summaries[lo].month };
    },
    [summaries, monthOffset, totalHeight],
  );

  const onPointerDown = (e: PointerEvent) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    const hit = monthAt(e.clientY);
    if (hit) onJump(hit.month);
  };
  const onPointerMove = (e: PointerEvent) => {
    const hit = monthAt(e.clientY);
    // Only a pointer that moved: the browser also sends moves to a still pointer when what lies
    // under it changes, and months loading during a fling shift the bands under it — each such
    // move fetched another whole month, which a trace showed as dropped frames.
    const moved = lastPointerY.current !== e.clientY;
    lastPointerY.current = e.clientY;
    if (moved && hit && hit.month !== hover?.month) onHover?.(hit.month);
    setHover(hit);
    if (dragging.current && hit && hit.month !== currentMonth) onJump(hit.month);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = Math.max(0, summaries.findIndex((s) => s.month === currentMonth));
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 12, PageUp: -12, Home: -Infinity, End: Infinity }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const next = Math.min(summaries.length - 1, Math.max(0, i + step));
    if (summaries[next]) onJump(summaries[next].month);
  };

  const yearLabels = useMemo(() => {
    const labels: { month: string; year: string; top: number }[] = [];
    let free = 0;
    summaries.forEach((s, i) => {
      if (i > 0 && summaries[i - 1].month.slice(0, 4) === s.month.slice(0, 4)) return;
      const at = totalHeight > 0 ? ((monthOffset.get(s.month) ?? 0) / totalHeight) * height : 0;
      const top = Math.min(at, height - LABEL_HEIGHT);
      if (top < free || top < 0) return;
      labels.push({ month: s.month, year: s.month.slice(0, 4), top });
      free = top + LABEL_HEIGHT + LABEL_GAP;
    });
    return labels;
  }, [summaries, monthOffset, totalHeight, height]);
  return (
    <div
      ref={ref}
      role="slider"
      tabIndex={0}
      aria-label="Jump to a date"
      aria-valuemin={0}
      aria-valuemax={Math.max(0, summaries.length - 1)}
      aria-valuenow={Math.max(0, summaries.findIndex((s) => s.month === currentMonth))}
      aria-valuetext={currentMonth ? formatShortMonth(currentMonth) : undefined}
      data-testid="scrubber"
      className="absolute inset-y-0 right-0 z-10 cursor-row-resize touch-none select-none focus:outline-2 focus:outline-sky-400"
      style={{ width }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (dragging.current = false)}
      onPointerLeave={() => setHover(null)}
      onKeyDown={onKeyDown}
    >
      {summaries.map((s, i) => {
        // A band as tall as the month is in the scroll height, its bar as wide as it is busy.
        const top = fraction(s.month);
        const bottom = i + 1 < summaries.length ? fraction(summaries[i + 1].month) : 1;
        return (
          <div key={s.month} data-month={s.month} className="absolute right-0 flex items-center justify-end" style={{ top: `${top * 100}%`, height: `max(1px, ${(bottom - top) * 100}%)`, width: '100%' }}>
            <div className="h-full max-h-1 min-h-px rounded-full bg-neutral-500" style={{ width: `${4 + (s.count / maxCount) * 20}px`, opacity: 0.4 + (0.6 * s.count) / maxCount }} />
          </div>
        );
      })}
      {yearLabels.map((l) => (
        <div key={l.month} className="pointer-events-none absolute right-1 text-[10px] leading-3 text-neutral-300" style={{ top: l.top, height: LABEL_HEIGHT }} data-testid="scrubber-year">
          {l.year}
        </div>
      ))}
      {currentMonth && (
        <div className="pointer-events-none absolute right-0 h-0.5 w-full bg-sky-500" style={{ top: `${fraction(currentMonth) * 100}%` }} />
      )}
      {hover && (
        <div
          className="pointer-events-none absolute right-full mr-1 -translate-y-1/2 whitespace-nowrap rounded bg-neutral-800 px-2 py-0.5 text-xs text-white"
          style={{ top: hover.y }}
          data-testid="scrubber-label"
        >
          {formatShortMonth(hover.month)}
        </div>
      )}
    </div>
  );
}
