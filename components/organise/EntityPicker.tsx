'use client';
// A type-ahead over the user's performers, studios or tags (the list API's name/alias/likeness
// search), as an ARIA combobox: arrows move, Enter picks, Esc closes. With `onCreate`, a name
// that matches none exactly is offered as "Create ‘X’".
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { fetchEntities, type OrganiseSegment } from '@/lib/client/organise-api';
import type { EntityRef } from '@/lib/organise/organise.schemas';
import { fieldClass } from '@/components/video-player/Section';

interface Props {
  segment: OrganiseSegment;
  label: string;
  /** Ids not to offer (already linked, or the entity itself). */
  exclude?: readonly string[];
  onPick: (picked: EntityRef) => void;
  onCreate?: (name: string) => void;
  disabled?: boolean;
}

type Option = { kind: 'pick'; ref: EntityRef } | { kind: 'create'; name: string };

export function EntityPicker({ segment, label, exclude = [], onPick, onCreate, disabled }: Props) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDeferredValue(text.trim());
  const inputId = useId();
  const listId = useId();
  const { data } = useQuery({
    queryKey: ['organise-search', segment, q],
    queryFn: () => fetchEntities(segment, { q: q || undefined, pageSize: 24 }),
    enabled: open,
    staleTime: 10_000,
  });
  const options: Option[] = (data?.items ?? []).filter((i) => !exclude.includes(i.id)).slice(0, 8).map((i) => ({ kind: 'pick', ref: { id: i.id, name: i.name } }));
  if (onCreate && q && !(data?.items ?? []).some((i) => i.name.toLowerCase() === q.toLowerCase())) options.push({ kind: 'create', name: q });
  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.kind === 'pick') onPick(option.ref);
    else onCreate?.(option.name);
    setText('');
    setActive(0);
  };
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="relative">
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <input
        id={inputId}
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        className={fieldClass}
        placeholder={label}
        value={text}
        disabled={disabled}
        maxLength={200}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(options[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && options.length > 0 && (
        <ul id={listId} role="listbox" aria-label={label} className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-neutral-700 bg-neutral-900 py-1 text-sm shadow-xl">
          {options.map((option, i) => (
            <li
              key={option.kind === 'pick' ? option.ref.id : `create-${option.name}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="cursor-pointer px-3 py-1.5 text-neutral-100 aria-selected:bg-sky-800"
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {option.kind === 'pick' ? option.ref.name : `Create “${option.name}”`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
