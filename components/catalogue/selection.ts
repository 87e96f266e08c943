// Select mode of the catalogue: which cards are ticked. A shift-click ticks (or unticks) the
// whole run from the last card clicked, as file managers do. Pure, so the ranges are tested.
export interface SelectionProps {
  isSelected: (id: string) => boolean;
  toggle: (id: string, range: boolean) => void;
}

/** The selection after clicking `id` (with shift: the run from `anchor` takes id's new state). */
export function toggleSelection(selected: ReadonlySet<string>, order: readonly string[], id: string, anchor: string | null, range: boolean): Set<string> {
  const next = new Set(selected);
  const on = !selected.has(id);
  const from = anchor === null ? -1 : order.indexOf(anchor);
  const to = order.indexOf(id);
  if (range && from >= 0 && to >= 0) {
    const [a, b] = from < to ? [from, to] : [to, from];
    for (const x of order.slice(a, b + 1)) if (on) next.add(x);
    else next.delete(x);
  } else if (on) next.add(id);
  else next.delete(id);
  return next;
}
