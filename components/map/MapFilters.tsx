'use client';
// The map's filters: taken from/to, favourites only, and people (the user's named people, any
// number of them: photos with all of them).
import { Heart, Users } from 'lucide-react';
import type { MapFilterValues } from '@/lib/client/map-api';

export function MapFilters({ value, people, onChange }: { value: MapFilterValues; people: { id: string; name: string }[]; onChange: (v: MapFilterValues) => void }) {
  const input = 'rounded border border-neutral-700 bg-neutral-900 px-2 py-1 text-sm text-neutral-100 focus:outline-2 focus:outline-sky-400';
  const togglePerson = (id: string) => onChange({ ...value, people: value.people.includes(id) ? value.people.filter((p) => p !== id) : [...value.people, id] });
  return (
    <form role="search" aria-label="Map filters" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" onSubmit={(e) => e.preventDefault()}>
      <label className="flex items-center gap-2 text-neutral-300">
        From
        <input type="date" className={input} value={value.from} max={value.to || undefined} onChange={(e) => onChange({ ...value, from: e.target.value })} />
      </label>
      <label className="flex items-center gap-2 text-neutral-300">
        To
        <input type="date" className={input} value={value.to} min={value.from || undefined} onChange={(e) => onChange({ ...value, to: e.target.value })} />
      </label>
      <label className="flex items-center gap-2 text-neutral-300">
        <input type="checkbox" className="h-4 w-4 accent-sky-500" checked={value.favourites} onChange={(e) => onChange({ ...value, favourites: e.target.checked })} />
        <Heart aria-hidden size={14} /> Favourites only
      </label>
      {people.length > 0 && (
        <details className="relative">
          <summary className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-neutral-300 hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400">
            <Users aria-hidden size={14} /> People{value.people.length ? ` (${value.people.length})` : ''}
          </summary>
          <fieldset className="absolute z-[1100] mt-1 max-h-72 w-56 overflow-auto rounded border border-neutral-700 bg-neutral-900 p-2 shadow-xl">
            <legend className="sr-only">People on the photos</legend>
            {people.map((p) => (
              <label key={p.id} className="flex items-center gap-2 rounded px-2 py-1.5 text-neutral-200 hover:bg-neutral-800">
                <input type="checkbox" className="h-4 w-4 accent-sky-500" checked={value.people.includes(p.id)} onChange={() => togglePerson(p.id)} />
                {p.name}
              </label>
            ))}
          </fieldset>
        </details>
      )}
      {(value.from || value.to || value.favourites || value.people.length > 0) && (
        <button type="button" className="rounded px-2 py-1 text-sky-300 hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400" onClick={() => onChange({ from: '', to: '', favourites: false, people: [] })}>
          Clear filters
        </button>
      )}
    </form>
  );
}
