'use client';
// Selection over the loaded timeline: click toggles, shift-click selects the range from the
// last clicked asset (in timeline order, across days and months), a day can be taken whole.
import { useCallback, useRef, useState } from 'react';

export function useSelection(orderedIds: string[]) {
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const anchor = useRef<string | null>(null);

  const toggle = useCallback(
    (id: string, range: boolean) => {
      setSelected((prev) => {
        const next = new Set(prev);
        const from = anchor.current ? orderedIds.indexOf(anchor.current) : -1;
        const to = orderedIds.indexOf(id);
        if (range && from >= 0 && to >= 0) {
          for (let i = Math.min(from, to); i <= Math.max(from, to); i++) next.add(orderedIds[i]);
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      anchor.current = id;
    },
    [orderedIds],
  );

  const toggleMany = useCallback((ids: string[]) => {
    setSelected((prev) => {
      const next = new Set(prev);
      const all = ids.every((id) => next.has(id));
      for (const id of ids) {
        if (all) next.delete(id);
        else next.add(id);
      }
      return next;
    });
  }, []);

  const clear = useCallback(() => {
    setSelected(new Set());
    anchor.current = null;
  }, []);

  return { selected, toggle, toggleMany, clear };
}
