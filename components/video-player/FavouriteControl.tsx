'use client';
// Favourite on/off, and since when: the date is the user's to set (favourited years ago
// somewhere else), through a date-and-time field in their own zone.
import { Heart } from 'lucide-react';
import { useState } from 'react';
import { DateText } from './DateText';
import { fieldClass, primaryButton, quietButton } from './Section';

interface Props {
  favouriteAt: string | null;
  onChange: (change: { favourite: boolean } | { favouriteAt: string }) => void;
  pending: boolean;
}

/** An instant as the value of a datetime-local field, in the browser's zone. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function FavouriteControl({ favouriteAt, onChange, pending }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const on = favouriteAt !== null;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="favourite">
      <button
        type="button"
        onClick={() => onChange({ favourite: !on })}
        aria-pressed={on}
        disabled={pending}
        className="flex items-center gap-1.5 rounded-md border border-neutral-700 px-2.5 py-1.5 text-sm hover:bg-white/10"
      >
        <Heart aria-hidden size={18} className={on ? 'fill-rose-400 text-rose-400' : ''} />
        Favourite
      </button>
      {on && !editing && (
        <span className="text-sm text-neutral-300">
          since <DateText iso={favouriteAt} />
          <button
            type="button"
            className={`${quietButton} ml-1`}
            onClick={() => {
              setDraft(toLocalInput(favouriteAt));
              setEditing(true);
            }}
          >
            Change date
          </button>
        </span>
      )}
      {on && editing && (
        <form
          className="flex items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const when = new Date(draft);
            if (Number.isNaN(when.getTime())) return;
            onChange({ favouriteAt: when.toISOString() });
            setEditing(false);
          }}
        >
          <input type="datetime-local" required value={draft} onChange={(e) => setDraft(e.target.value)} aria-label="Favourite since" className={`${fieldClass} w-auto`} />
          <button type="submit" className={primaryButton} disabled={pending}>
            Save
          </button>
          <button type="button" className={quietButton} onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      )}
    </div>
  );
}
