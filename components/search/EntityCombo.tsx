'use client';
// One type-ahead box for a performer, studio or tag (the organise list APIs, ?q=): an ARIA
// combobox whose options are chosen with the arrows and Enter, or by pointer. Used by the
// filter pickers, the "Add tag" dialog and the bulk bar.
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { fetchEntities } from '@/lib/client/catalogue-api';
import type { EntityKind, EntitySummary } from '@/lib/client/catalogue-contract';
import { rememberNames } from '@/lib/client/entity-names';

interface Props {
  kind: EntityKind;
  /** The box's accessible name. */
  label: string;
  placeholder?: string;
  /** Ids not to offer (already chosen). */
  hide?: ReadonlySet<string>;
  onPick: (entity: EntitySummary) => void;
  autoFocus?: boolean;
}

export function EntityCombo({ kind, label, placeholder, hide, onPick, autoFocus }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDeferredValue(text.trim());
  const { data, isError } = useQuery({
    queryKey: ['entities', kind, q],
    queryFn: ({ signal }) => fetchEntities(kind, q, signal),
    enabled: open,
    staleTime: 60_000,
  });
  const options = (data?.items ?? []).filter((e) => !hide?.has(e.id));
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const expanded = open && options.length > 0;
  const pick = (entity: EntitySummary) => {
    rememberNames([{ id: entity.id, name: entity.name }]);
    onPick(entity);
    setText('');
    setActive(0);
  };
  return (
    <div className="relative min-w-0 flex-1">
      <input
        role="combobox"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${id}-${activeIndex}` : undefined}
        value={text}
        maxLength={100}
        placeholder={placeholder}
        autoFocus={autoFocus}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive(Math.min(activeIndex + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive(Math.max(activeIndex - 1, 0));
          } else if (e.key === 'Enter' && expanded && options[activeIndex]) {
            e.preventDefault();
            pick(options[activeIndex]);
          } else if (e.key === 'Escape' && expanded) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
        className="w-full rounded border border-neutral-700 bg-neutral-900 px-2 py-1.5 text-sm placeholder:text-neutral-400"
      />
      <ul id={`${id}-list`} role="listbox" aria-label={`${label}: suggestions`} hidden={!expanded} className="absolute inset-x-0 top-full z-50 mt-1 max-h-60 overflow-auto rounded border border-neutral-700 bg-neutral-900 py-1 shadow-xl">
        {options.map((entity, i) => (
          <li
            key={entity.id}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            onPointerDown={(e) => e.preventDefault()}
            onClick={() => pick(entity)}
            className="flex cursor-pointer items-center justify-between gap-2 px-2 py-1.5 text-sm aria-selected:bg-sky-800"
          >
            <span className="truncate">{entity.name}</span>
            <span className="shrink-0 text-xs text-neutral-300 tabular-nums">{entity.videoCount}</span>
          </li>
        ))}
      </ul>
      {open && isError && <p className="mt-1 text-xs text-rose-300">The list could not be loaded.</p>}
      {open && data && options.length === 0 && q && <p className="mt-1 text-xs text-neutral-400">No match.</p>}
    </div>
  );
}
