'use client';
// A rating from half a star to five in halves: ten radio buttons in one group, so Tab reaches
// the group once and the arrow keys move the rating, each read as "3.5 stars". Each star
// is drawn by two half-width labels; "Clear" removes the rating.
import { Star } from 'lucide-react';
import { useId, useState } from 'react';

interface Props {
  value: number | null;
  onChange: (value: number | null) => void;
  disabled?: boolean;
}

const HALVES = Array.from({ length: 10 }, (_, i) => (i + 1) / 2);

export function RatingStars({ value: saved, onChange: save, disabled }: Props) {
  const name = useId();
  // The choice shows at once (a controlled radio would flick back until the cache updates);
  // a new value from the server (saved, refused, another tab) replaces it.
  const [value, setValue] = useState(saved);
  const [lastSaved, setLastSaved] = useState(saved);
  if (saved !== lastSaved) {
    setLastSaved(saved);
    setValue(saved);
  }
  const onChange = (v: number | null) => {
    setValue(v);
    save(v);
  };
  return (
    <fieldset className="flex items-center gap-1" disabled={disabled} data-testid="rating">
      <legend className="sr-only">Your rating</legend>
      <div className="flex">
        {HALVES.map((v) => {
          const left = v % 1 !== 0;
          const filled = value !== null && v <= value;
          return (
            <label key={v} className="relative h-7 w-3.5 overflow-hidden">
              {/* Transparent over its half star: clicked, tapped and focused like any radio button. */}
              <input
                type="radio"
                name={name}
                value={v}
                checked={value === v}
                onChange={() => onChange(v)}
                className="peer absolute inset-0 z-10 m-0 cursor-pointer opacity-0"
                aria-label={`${v} star${v === 1 ? '' : 's'}`}
              />
              <Star
                aria-hidden
                size={28}
                className={`absolute top-0 ${left ? 'left-0' : 'right-0'} ${filled ? 'fill-amber-400 text-amber-400' : 'text-neutral-400'} peer-focus-visible:text-sky-300`}
              />
            </label>
          );
        })}
      </div>
      <span className="w-8 text-sm text-neutral-300 tabular-nums" aria-hidden>
        {value ?? '–'}
      </span>
      {value !== null && (
        <button type="button" onClick={() => onChange(null)} className="rounded px-1.5 text-xs text-neutral-300 hover:bg-white/10">
          Clear rating
        </button>
      )}
    </fieldset>
  );
}
