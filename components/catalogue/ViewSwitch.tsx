'use client';
// Grid, list or compact list: a group of toggle buttons; the choice is in the address (?view=).
import { LayoutGrid, List, Rows3, type LucideIcon } from 'lucide-react';
import type { CatalogueState, CatalogueView } from './catalogue-url';
import { useCatalogueNav } from './use-catalogue-nav';

const VIEWS: [CatalogueView, string, LucideIcon][] = [
  ['grid', 'Grid', LayoutGrid],
  ['list', 'List', List],
  ['compact', 'Compact list', Rows3],
];

export function ViewSwitch({ state }: { state: CatalogueState }) {
  const navigate = useCatalogueNav();
  return (
    <div role="group" aria-label="View" className="flex rounded border border-neutral-700">
      {VIEWS.map(([view, label, Icon]) => (
        <button
          key={view}
          type="button"
          aria-label={label}
          title={label}
          aria-pressed={state.view === view}
          onClick={() => navigate({ ...state, view })}
          data-testid={`view-${view}`}
          className="p-1.5 text-neutral-300 hover:bg-neutral-800 aria-pressed:bg-neutral-700 aria-pressed:text-white"
        >
          <Icon aria-hidden size={16} />
        </button>
      ))}
    </div>
  );
}
