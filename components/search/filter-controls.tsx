'use client';
// The small form controls of the search panel. Selects apply at once; number and date boxes
// apply when the user leaves them or presses Enter, so typing "120" does not search for 1, 12.
import { type ReactNode, useId, useState } from 'react';

const field = 'w-full rounded border border-neutral-700 bg-neutral-900 px-2 py-1.5 text-sm text-neutral-100';

export function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium text-neutral-200">{title}</legend>
      {children}
    </fieldset>
  );
}

export function SelectField<T extends string | number | boolean | null>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  const id = useId();
  const index = options.findIndex(([v]) => v === value);
  return (
    <div className="grid grid-cols-[7rem_1fr] items-center gap-2">
      <label htmlFor={id} className="text-sm text-neutral-300">
        {label}
      </label>
      <select id={id} value={String(index)} onChange={(e) => onChange(options[Number(e.target.value)][0])} className={field}>
        {options.map(([, text], i) => (
          <option key={i} value={String(i)}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Any / yes / no for a boolean filter. */
export function TriState({ label, yes, no, value, onChange }: { label: string; yes: string; no: string; value: boolean | null; onChange: (v: boolean | null) => void }) {
  return <SelectField label={label} value={value} options={[[null, 'Any'], [true, yes], [false, no]]} onChange={onChange} />;
}

/** A box that keeps its own text while typed in and applies it on blur or Enter. */
function CommitInput({
  label,
  value,
  type,
  onCommit,
  ...rest
}: {
  label: string;
  value: string;
  type: 'number' | 'date';
  onCommit: (text: string) => void;
  min?: number;
  step?: number;
}) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const commit = () => text !== value && onCommit(text);
  return (
    <input
      aria-label={label}
      type={type}
      inputMode={type === 'number' ? 'numeric' : undefined}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), commit())}
      className={field}
      {...rest}
    />
  );
}

/** A from–to pair of whole numbers; `scale` turns what is typed into what is sent (minutes → seconds). */
export function NumberRange({
  label,
  unit,
  min,
  max,
  scale = 1,
  onChange,
}: {
  label: string;
  unit?: string;
  min: number | null;
  max: number | null;
  scale?: number;
  onChange: (min: number | null, max: number | null) => void;
}) {
  const show = (v: number | null) => (v === null ? '' : String(Math.round((v / scale) * 100) / 100));
  const read = (text: string): number | null => {
    const n = Number(text);
    return text.trim() === '' || !Number.isFinite(n) || n < 0 ? null : Math.min(1_000_000_000, Math.round(n * scale));
  };
  return (
    <div className="grid grid-cols-[7rem_1fr_auto_1fr] items-center gap-2">
      <span className="text-sm text-neutral-300">
        {label}
        {unit && <span className="text-neutral-400"> ({unit})</span>}
      </span>
      <CommitInput label={`${label} from`} type="number" min={0} step={1} value={show(min)} onCommit={(t) => onChange(read(t), max)} />
      <span aria-hidden className="text-neutral-400">
        –
      </span>
      <CommitInput label={`${label} to`} type="number" min={0} step={1} value={show(max)} onCommit={(t) => onChange(min, read(t))} />
    </div>
  );
}

export function DateRange({ label, from, to, onChange }: { label: string; from: string | null; to: string | null; onChange: (from: string | null, to: string | null) => void }) {
  const read = (t: string) => (/^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null);
  return (
    <div className="grid gap-1">
      <span className="text-sm text-neutral-300">{label}</span>
      <div className="grid grid-cols-[1fr_auto_1fr] items-center gap-2">
        <CommitInput label={`${label} from`} type="date" value={from ?? ''} onCommit={(t) => onChange(read(t), to)} />
        <span aria-hidden className="text-neutral-400">
          –
        </span>
        <CommitInput label={`${label} to`} type="date" value={to ?? ''} onCommit={(t) => onChange(from, read(t))} />
      </div>
    </div>
  );
}
