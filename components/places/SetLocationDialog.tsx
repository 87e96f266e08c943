'use client';
// "Set location" for one asset (the viewer's info panel) or many (the timeline's selection bar):
// type a city and pick it from the offline typeahead (largest first), or type "lat, lng". A
// modal <dialog>: focus stays inside, Esc closes; keys typed here never reach the viewer.
// `save` does the request; the dialog shows its error and closes on success.
import { useMutation, useQuery } from '@tanstack/react-query';
import { MapPin } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { fetchCities } from '@/lib/client/places-api';
import type { CitySuggestion, LocationInput } from '@/lib/places/places.schemas';
import { parseCoordinates } from './parse-coordinates';

interface Props {
  /** What the dialog is about: "this photo", "3 items". */
  subject: string;
  onClose: () => void;
  save: (location: LocationInput) => Promise<unknown>;
}

interface Choice {
  label: string;
  location: LocationInput;
}

const cityLabel = (c: CitySuggestion) => `${c.name}, ${c.country ?? c.countryCode}`;

export function SetLocationDialog({ subject, onClose, save }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const [choice, setChoice] = useState<Choice | null>(null);
  const ids = { title: useId(), input: useId(), list: useId(), hint: useId() };

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  // Asks the server once typing pauses, not per keystroke.
  useEffect(() => {
    const t = setTimeout(() => setTyped(text.trim()), 150);
    return () => clearTimeout(t);
  }, [text]);

  const coordinates = parseCoordinates(text);
  const cities = useQuery({
    queryKey: ['places', 'cities', typed],
    queryFn: ({ signal }) => fetchCities(typed, signal),
    enabled: typed.length > 0 && !coordinates,
    staleTime: Infinity,
  });
  const options: Choice[] = coordinates
    ? [{ label: `Coordinates ${coordinates.latitude}, ${coordinates.longitude}`, location: coordinates }]
    : (cities.data ?? []).map((c) => ({ label: cityLabel(c), location: { latitude: c.latitude, longitude: c.longitude } }));
  const listed = text.trim().length > 0 && options.length > 0 && choice?.label !== text;
  const submit = useMutation({ mutationFn: (location: LocationInput) => save(location), onSuccess: onClose });

  const pick = (c: Choice) => {
    setChoice(c);
    setText(c.label);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (!listed) return;
    if (e.key === 'ArrowDown') setActive((i) => Math.min(options.length - 1, i + 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (e.key === 'Enter') pick(options[Math.min(active, options.length - 1)]);
    else return;
    e.preventDefault();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={ids.title}
      onClose={onClose}
      // Keys belong to the dialog: the viewer's shortcuts (f, a, Delete, arrows) must not fire.
      onKeyDown={(e) => e.stopPropagation()}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-neutral-700 bg-neutral-900 p-4 text-sm text-neutral-100 backdrop:bg-black/70"
      data-testid="set-location-dialog"
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) submit.mutate(choice.location);
        }}
        className="space-y-3"
      >
        <h2 id={ids.title} className="flex items-center gap-2 text-base font-semibold">
          <MapPin aria-hidden size={18} /> Set location of {subject}
        </h2>
        <div className="relative">
          <label htmlFor={ids.input} className="mb-1 block text-neutral-300">
            City, or latitude and longitude
          </label>
          <input
            id={ids.input}
            type="text"
            role="combobox"
            autoComplete="off"
            autoFocus
            aria-expanded={listed}
            aria-controls={ids.list}
            aria-autocomplete="list"
            aria-describedby={ids.hint}
            aria-activedescendant={listed ? `${ids.list}-${Math.min(active, options.length - 1)}` : undefined}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setChoice(null);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            placeholder="Paris, or 48.8584, 2.2945"
            className="w-full rounded border border-neutral-600 bg-neutral-950 px-3 py-2 placeholder:text-neutral-400 focus:outline-2 focus:outline-sky-400"
          />
          <ul id={ids.list} role="listbox" aria-label="Places" hidden={!listed} className="absolute inset-x-0 top-full z-10 mt-1 max-h-64 overflow-auto rounded border border-neutral-700 bg-neutral-900 shadow-lg">
            {listed &&
              options.map((o, i) => (
                <li
                  key={`${o.label}-${i}`}
                  id={`${ids.list}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(o)}
                  className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-sky-800 text-white' : 'hover:bg-neutral-800'}`}
                >
                  {o.label}
                </li>
              ))}
          </ul>
          <p id={ids.hint} className="mt-1 text-xs text-neutral-300">
            Stored in Shoebox only; the file is never changed. It shows as “set by hand” and can be reverted.
          </p>
        </div>
        {text.trim() && !listed && !choice && !cities.isFetching && typed === text.trim() && (
          <p className="text-neutral-300">No such city. Try another spelling, or type coordinates.</p>
        )}
        {choice && (
          <p className="text-neutral-200" data-testid="location-choice">
            Chosen: {choice.label}
          </p>
        )}
        {submit.error && (
          <p role="alert" className="text-red-300">
            {submit.error.message}
          </p>
        )}
        <div className="flex justify-end gap-2 pt-1">
          <button type="button" onClick={onClose} className="rounded px-3 py-1.5 hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400">
            Cancel
          </button>
          <button type="submit" disabled={!choice || submit.isPending} className="rounded bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-600 focus:outline-2 focus:outline-sky-400 disabled:opacity-50">
            {submit.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
