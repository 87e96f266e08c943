'use client';
// Select mode's bar at the bottom of the screen: how many videos are ticked, "all on this
// page", and the change to make to all of them — add or remove tags and performers, set the
// studio, mark organised — sent as one POST /api/videos/organise. It says how many changed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useState } from 'react';
import { organiseVideos } from '@/lib/client/catalogue-api';
import type { EntityKind, OrganiseChange } from '@/lib/client/catalogue-contract';
import { useEntityNames } from '@/lib/client/entity-names';
import { EntityCombo } from './EntityCombo';

type Action = 'addTags' | 'removeTags' | 'addPerformers' | 'removePerformers' | 'studio' | 'organised';

const ACTIONS: [Action, string, EntityKind | null][] = [
  ['addTags', 'Add tags', 'tags'],
  ['removeTags', 'Remove tags', 'tags'],
  ['addPerformers', 'Add performers', 'performers'],
  ['removePerformers', 'Remove performers', 'performers'],
  ['studio', 'Set studio', 'studios'],
  ['organised', 'Mark organised', null],
];

interface Props {
  selected: ReadonlySet<string>;
  pageIds: string[];
  onSelectAll: () => void;
  onClear: () => void;
  onDone: () => void;
}

export function BulkBar({ selected, pageIds, onSelectAll, onClear, onDone }: Props) {
  const client = useQueryClient();
  const names = useEntityNames();
  const [action, setAction] = useState<Action>('addTags');
  const [picked, setPicked] = useState<string[]>([]);
  const kind = ACTIONS.find(([a]) => a === action)?.[2] ?? null;
  const apply = useMutation({
    mutationFn: (change: OrganiseChange) => organiseVideos(change),
    onSuccess: () => {
      setPicked([]);
      void client.invalidateQueries({ queryKey: ['videos'] });
    },
  });
  const change = (): OrganiseChange => {
    const ids = [...selected];
    switch (action) {
      case 'addTags':
        return { ids, addTagIds: picked };
      case 'removeTags':
        return { ids, removeTagIds: picked };
      case 'addPerformers':
        return { ids, addPerformerIds: picked };
      case 'removePerformers':
        return { ids, removePerformerIds: picked };
      case 'studio':
        return { ids, studioId: picked[0] ?? null };
      case 'organised':
        return { ids, organised: true };
    }
  };
  const ready = selected.size > 0 && (action === 'organised' || action === 'studio' || picked.length > 0);
  const allOnPage = pageIds.every((id) => selected.has(id));
  return (
    <div role="region" aria-label="Change selected videos" className="fixed inset-x-0 bottom-0 z-20 border-t border-neutral-700 bg-neutral-900/95 px-4 py-3 backdrop-blur" data-testid="bulk-bar">
      <div className="mx-auto flex max-w-[120rem] flex-wrap items-center gap-2 text-sm">
        <span className="font-medium tabular-nums" aria-live="polite">
          {selected.size} selected
        </span>
        <button type="button" onClick={allOnPage ? onClear : onSelectAll} className="rounded px-2 py-1 text-sky-300 hover:bg-neutral-800">
          {allOnPage ? 'Select none' : 'Select all on this page'}
        </button>
        <label className="sr-only" htmlFor="bulk-action">
          Change
        </label>
        <select
          id="bulk-action"
          value={action}
          onChange={(e) => {
            setAction(e.target.value as Action);
            setPicked([]);
          }}
          className="rounded border border-neutral-700 bg-neutral-900 px-2 py-1.5"
        >
          {ACTIONS.map(([a, label]) => (
            <option key={a} value={a}>
              {label}
            </option>
          ))}
        </select>
        {kind && (
          <div className="flex min-w-48 flex-1 flex-wrap items-center gap-1.5 sm:max-w-md">
            {picked.map((id) => (
              <span key={id} className="flex items-center gap-1 rounded-full bg-sky-950 py-0.5 pr-1 pl-2 text-xs text-sky-100">
                {names[id] ?? 'chosen'}
                <button type="button" aria-label={`Remove ${names[id] ?? 'this one'}`} onClick={() => setPicked(picked.filter((x) => x !== id))} className="rounded-full p-0.5 hover:bg-white/15">
                  <X aria-hidden size={12} />
                </button>
              </span>
            ))}
            {(action !== 'studio' || picked.length === 0) && (
              <EntityCombo
                kind={kind}
                label={action === 'studio' ? 'Studio' : kind === 'tags' ? 'Tags' : 'Performers'}
                placeholder={action === 'studio' ? 'Studio (none: clears it)…' : `Find ${kind}…`}
                hide={new Set(picked)}
                onPick={(entity) => setPicked(action === 'studio' ? [entity.id] : [...picked, entity.id])}
              />
            )}
          </div>
        )}
        <button
          type="button"
          disabled={!ready || apply.isPending}
          onClick={() => apply.mutate(change())}
          className="rounded bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-600 disabled:bg-neutral-700 disabled:text-neutral-300"
          data-testid="bulk-apply"
        >
          Apply to {selected.size}
        </button>
        <span role="status" className="text-sm">
          {apply.isSuccess && <span className="text-emerald-300">{apply.data.updated === 1 ? '1 video changed.' : `${apply.data.updated} videos changed.`}</span>}
          {apply.isError && <span className="text-rose-300">{apply.error.message}</span>}
        </span>
        <span className="flex-1" />
        <button type="button" onClick={onDone} className="rounded px-2 py-1 hover:bg-neutral-800">
          Done
        </button>
      </div>
    </div>
  );
}
