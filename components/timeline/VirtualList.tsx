'use client';
// The timeline's virtualiser. Every item's height is known before it renders (the layout
// computes justified rows, headers and per-month placeholders), so items are placed at their
// exact offsets and nothing is measured. react-virtuoso, used before, reads height estimates
// only when it mounts: once a month's placeholder turned into rows its index-keyed sizes were
// misaligned, and a scrubber jump on a 1M library landed years away from its target.
//
// - renders the items within the viewport ± overscan, absolutely positioned;
// - re-renders only when that range changes, not on every scrolled pixel;
// - keeps what the user looks at in place when items above it change height (a month above
//   the viewport loading, or the width changing): the first visible item is the anchor;
// - scrollToOffset jumps exactly (the scrubber);
// - opens at a saved anchor (back from the viewer) and can bring an item into view;
// - tells renderItem when the user is flinging (more than a screen per 100 ms): tiles then
//   show their colour only, and the thumbnails of rows that merely fly past are never
//   requested; they load once the scroll slows down or stops;
// - tells renderItem whether an item is on screen, and whether the user has scrolled since the
//   list opened or jumped: until then the overscan asks for nothing, so the screen's own
//   thumbnails do not queue behind those of rows nobody may scroll to.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ListAnchor } from '@/lib/client/timeline-place';

interface VirtualItem {
  key: string;
  height: number;
  /** The anchor falls back to the item's month when its own key disappears. */
  month: string;
}

export interface VirtualListHandle {
  scrollToOffset: (offset: number) => void;
  /** What the user looks at now, to come back to it. */
  currentAnchor: () => ListAnchor | null;
  /** Scrolls as little as needed for the item to be wholly on screen, and keeps it there. */
  revealItem: (key: string) => void;
}

interface Props<T extends VirtualItem> {
  items: T[];
  /** offsets[i] is where item i starts; offsets[items.length] is the total height. */
  offsets: number[];
  /** Where each month starts and ends, for anchoring inside a month whose items were replaced. */
  monthBounds: Map<string, [number, number]>;
  overscan: { top: number; bottom: number };
  renderItem: (item: T, state: ItemState) => ReactNode;
  /** The rendered range (with overscan) and the item at the viewport's top. */
  onRangeChange: (first: number, last: number, top: number) => void;
  /** Where to open (read once, on mount): pinned like a jump until the user scrolls. */
  initialAnchor?: ListAnchor | null;
  className?: string;
  style?: React.CSSProperties;
}

/** Index of the last item starting at or before y. */
function indexAt(offsets: number[], count: number, y: number): number {
  let lo = 0;
  let hi = Math.max(0, count - 1);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

type Anchor = ListAnchor;

export interface ItemState {
  /** The user flings past: no images. */
  flinging: boolean;
  /** In the viewport now, not only in the overscan. */
  onScreen: boolean;
  /** The user has scrolled since the list opened or jumped: the overscan loads ahead. */
  scrolling: boolean;
}

const FLING_WINDOW_MS = 100;
const SETTLE_MS = 120;

function VirtualListInner<T extends VirtualItem>(props: Props<T>, ref: React.ForwardedRef<VirtualListHandle>) {
  const { items, offsets, monthBounds, overscan, renderItem, onRangeChange } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState(0);
  // First and last rendered (with overscan), first and last in the viewport.
  const [range, setRange] = useState<[number, number, number, number]>([0, -1, 0, -1]);
  // What the user is looking at, refreshed on every scroll: the first visible item and how
  // far the viewport's top is into it. A jump pins its target instead, until the user scrolls:
  // the list may be too short to reach it before the months around it load.
  const anchor = useRef<Anchor | null>(null);
  const pinned = useRef<Anchor | null>(props.initialAnchor ?? null);
  const previousItems = useRef<T[] | null>(null);
  const [flinging, setFlinging] = useState(false);
  const [scrolled, setScrolled] = useState(false);
  const motion = useRef({ top: 0, at: 0, programmatic: false, settle: 0 as ReturnType<typeof setTimeout> | 0 });

  const count = items.length;
  const total = offsets[count] ?? 0;

  const anchorAt = useCallback(
    (top: number): Anchor | null => {
      if (count === 0) return null;
      const index = indexAt(offsets, count, top);
      const item = items[index];
      const [start, end] = monthBounds.get(item.month) ?? [0, total];
      return { key: item.key, month: item.month, into: top - offsets[index], monthFraction: end > start ? (top - start) / (end - start) : 0 };
    },
    [count, items, offsets, monthBounds, total],
  );

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el || count === 0) return;
    const top = el.scrollTop;
    const height = viewport || el.clientHeight;
    const first = indexAt(offsets, count, Math.max(0, top - overscan.top));
    const last = indexAt(offsets, count, top + height + overscan.bottom);
    const visible = indexAt(offsets, count, top);
    const visibleLast = indexAt(offsets, count, top + height - 1);
    setRange((r) => (r[0] === first && r[1] === last && r[2] === visible && r[3] === visibleLast ? r : [first, last, visible, visibleLast]));
    anchor.current = anchorAt(top);
  }, [count, offsets, overscan.top, overscan.bottom, viewport, anchorAt]);

  /** Scrolls without it counting as the user's scroll (no fling, the pin stays). */
  const scrollProgrammatically = (el: HTMLDivElement, top: number) => {
    const before = el.scrollTop;
    if (Math.abs(before - top) < 1) return;
    el.scrollTop = top;
    // Only a move that happened fires a scroll event (a clamped one may not move at all).
    if (el.scrollTop !== before) motion.current.programmatic = true;
  };

  // While the user scrolls, the rows take no pointer events: the browser otherwise hit-tests
  // and restyles the tile under a still mouse (its hover) on every frame, a fifth of a wheel
  // scroll's main-thread time in a trace. Set on the element, not through React: no render.
  const content = useRef<HTMLDivElement>(null);
  const pointerHold = useRef<ReturnType<typeof setTimeout> | 0>(0);
  const holdPointer = useCallback(() => {
    const el = content.current;
    if (!el) return;
    if (pointerHold.current) clearTimeout(pointerHold.current);
    else el.style.pointerEvents = 'none';
    pointerHold.current = setTimeout(() => {
      pointerHold.current = 0;
      el.style.pointerEvents = '';
    }, SETTLE_MS);
  }, []);
  useEffect(() => () => clearTimeout(pointerHold.current || undefined), []);

  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const m = motion.current;
    const now = performance.now();
    // Our own moves (a jump, anchoring) are not the user's: no fling (a jump's thumbnails load
    // at once) and a jump's pin stays.
    const ours = m.programmatic;
    m.programmatic = false;
    if (!ours) {
      pinned.current = null;
      setScrolled(true);
    }
    const fast = !ours && now - m.at < FLING_WINDOW_MS && Math.abs(el.scrollTop - m.top) > (viewport || el.clientHeight) * ((now - m.at) / FLING_WINDOW_MS);
    m.top = el.scrollTop;
    m.at = now;
    if (!ours) holdPointer();
    if (fast) {
      setFlinging(true);
      if (m.settle) clearTimeout(m.settle);
      m.settle = setTimeout(() => {
        m.settle = 0;
        setFlinging(false);
      }, SETTLE_MS);
    }
    measure();
  }, [measure, viewport, holdPointer]);

  useEffect(() => () => clearTimeout(motion.current.settle || undefined), []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The layout changed (a month loaded, the width changed): put the anchor back where it was,
  // then work out the range again.
  useLayoutEffect(() => {
    const el = scroller.current;
    const before = previousItems.current;
    previousItems.current = items;
    const a = pinned.current ?? anchor.current;
    // On mount only a pinned anchor moves the list (the place saved when the viewer opened).
    if (el && before !== items && a && (pinned.current || el.scrollTop > 0)) {
      const index = items.findIndex((it) => it.key === a.key);
      const bounds = monthBounds.get(a.month);
      // The same item at the same distance; a replaced one (a placeholder that became rows):
      // the same fraction of its month.
      const target = index !== -1 ? offsets[index] + a.into : bounds ? bounds[0] + a.monthFraction * (bounds[1] - bounds[0]) : null;
      if (target !== null) scrollProgrammatically(el, target);
    }
    measure();
  }, [items, offsets, monthBounds, measure, viewport]);

  useEffect(() => {
    if (range[1] >= range[0]) onRangeChange(range[0], range[1], range[2]);
  }, [range, onRangeChange]);

  useImperativeHandle(ref, () => ({
    scrollToOffset: (offset: number) => {
      const el = scroller.current;
      if (!el) return;
      pinned.current = anchorAt(offset);
      setScrolled(false);
      scrollProgrammatically(el, offset);
      measure();
    },
    currentAnchor: () => pinned.current ?? anchor.current,
    revealItem: (key: string) => {
      const el = scroller.current;
      const index = items.findIndex((it) => it.key === key);
      if (!el || index === -1) return;
      const start = offsets[index];
      const end = start + items[index].height;
      const height = el.clientHeight;
      if (start >= el.scrollTop && end <= el.scrollTop + height) return;
      const top = start < el.scrollTop ? start : Math.min(start, end - height);
      pinned.current = { key, month: items[index].month, into: top - start, monthFraction: 0 };
      scrollProgrammatically(el, top);
      measure();
    },
  }), [measure, anchorAt, items, offsets]);

  const rendered: ReactNode[] = [];
  for (let i = range[0]; i <= range[1] && i < count; i++) {
    const item = items[i];
    rendered.push(
      <div key={item.key} style={{ position: 'absolute', top: offsets[i], left: 0, right: 0, height: item.height }}>
        {renderItem(item, { flinging, onScreen: i >= range[2] && i <= range[3], scrolling: scrolled })}
      </div>,
    );
  }
  return (
    <div ref={scroller} onScroll={onScroll} className={props.className} style={{ overflowY: 'auto', overflowAnchor: 'none', ...props.style }} data-testid="timeline-scroller">
      <div ref={content} style={{ position: 'relative', height: total }}>
        {rendered}
      </div>
    </div>
  );
}

export const VirtualList = forwardRef(VirtualListInner) as <T extends VirtualItem>(
  props: Props<T> & { ref?: React.Ref<VirtualListHandle> },
) => ReturnType<typeof VirtualListInner>;
