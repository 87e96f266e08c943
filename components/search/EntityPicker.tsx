'use client';
// A filter's performers, studios or tags: the chosen ones as removable chips (include in blue,
// exclude in red), a type-ahead to add one into "include" or "exclude" as the switch beside it
// says, and for performers and tags whether a video needs any or all of them.
import { X } from 'lucide-react';
import { useId, useState } from 'react';
import type { EntityKind } from '@/lib/client/catalogue-contract';
import { EntityCombo } from './EntityCombo';

interface Props {
  kind: EntityKind;
  label: string;
  include: string[];
  exclude: string[];
  mode?: 'any' | 'all';
  nameOf: (id: string) => string;
  onChange: (change: { include: string[]; exclude: string[]; mode?: 'any' | 'all' }) => void;
}

export function EntityPicker({ kind, label, include, exclude, mode, nameOf, onChange }: Props) {
  const id = useId();
  const [excluding, setExcluding] = useState(false);
  const chosen = new Set([...include, ...exclude]);
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium text-neutral-200">{label}</legend>
      {(include.length > 0 || exclude.length > 0) && (
        <ul className="flex flex-wrap gap-1.5" aria-label={`Chosen ${label.toLowerCase()}`}>
          {[...include.map((x) => [x, false] as const), ...exclude.map((x) => [x, true] as const)].map(([entityId, out]) => (
            <li key={entityId} className={`flex items-center gap-1 rounded-full py-0.5 pr-1 pl-2.5 text-xs ${out ? 'bg-rose-950 text-rose-100' : 'bg-sky-950 text-sky-100'}`}>
              {out && <span className="sr-only">without</span>}
              <span aria-hidden>{out ? '−' : '+'}</span> {nameOf(entityId)}
              <button
                type="button"
                aria-label={`Remove ${nameOf(entityId)}`}
                onClick={() => onChange({ include: include.filter((x) => x !== entityId), exclude: exclude.filter((x) => x !== entityId), mode })}
                className="rounded-full p-0.5 hover:bg-white/15"
              >
                <X aria-hidden size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-1.5">
        <EntityCombo
          kind={kind}
          label={`Find ${label.toLowerCase()}`}
          placeholder={`Add ${excluding ? 'an exclusion' : label.toLowerCase()}…`}
          hide={chosen}
          onPick={(entity) => onChange(excluding ? { include, exclude: [...exclude, entity.id], mode } : { include: [...include, entity.id], exclude, mode })}
        />
        <button
          type="button"
          aria-pressed={excluding}
          onClick={() => setExcluding((v) => !v)}
          title="Pick the next one to exclude rather than include"
          className="shrink-0 rounded border border-neutral-700 px-2 text-xs text-neutral-200 hover:bg-neutral-800 aria-pressed:border-rose-400 aria-pressed:text-rose-200"
        >
          Exclude
        </button>
      </div>
      {mode && include.length > 1 && (
        <div role="radiogroup" aria-label={`Videos with ${label.toLowerCase()}`} className="flex gap-3 text-xs text-neutral-300">
          {(['any', 'all'] as const).map((m) => (
            <label key={m} className="flex items-center gap-1">
              <input type="radio" name={`${id}-mode`} checked={mode === m} onChange={() => onChange({ include, exclude, mode: m })} />
              {m === 'any' ? 'Any of them' : 'All of them'}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
