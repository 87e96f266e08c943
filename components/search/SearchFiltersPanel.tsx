'use client';
// The /search page's filters: type, dates, favourite, quality, colour swatches, people chips (all
// or any), camera, questions and library. Every value offered comes from GET /api/search/options
// (found on what the user can search); every change goes to the URL at once.
import { Check } from 'lucide-react';
import type { ReactNode } from 'react';
import { type SearchState, toggleListValue } from '@/lib/client/search-url';
import { labelText } from '@/lib/search/label-words';
import type { SearchOptions } from '@/lib/search/search.schemas';

/** Swatch colours of the analysis's colour names (others show grey). */
const SWATCH: Record<string, string> = {
  red: '#dc2626', orange: '#f97316', yellow: '#facc15', green: '#16a34a', teal: '#0d9488', cyan: '#06b6d4', blue: '#2563eb',
  purple: '#9333ea', pink: '#ec4899', brown: '#92400e', black: '#0a0a0a', white: '#fafafa', grey: '#737373', gray: '#737373',
};

const field = 'rounded border border-neutral-700 bg-neutral-900 px-2 py-1.5 text-sm text-neutral-100';
const chip = 'inline-flex items-center gap-1 rounded-full border px-3 py-1 text-sm aria-pressed:border-sky-400 aria-pressed:bg-sky-900 border-neutral-700 hover:bg-neutral-800';

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-xs tracking-wide text-neutral-400 uppercase">{label}</legend>
      <div className="flex flex-wrap items-center gap-2">{children}</div>
    </fieldset>
  );
}

export function SearchFiltersPanel({ state, options, onChange }: { state: SearchState; options: SearchOptions | undefined; onChange: (next: SearchState) => void }) {
  const set = (patch: SearchState) => onChange({ ...state, ...patch });
  const peopleChosen = (state.people ?? '').split(',').filter(Boolean);
  return (
    <div className="grid gap-4 rounded-lg border border-neutral-800 bg-neutral-900/60 p-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="search-filters">
      <Group label="Type">
        {([['', 'All'], ['photo', 'Photos'], ['video', 'Videos']] as const).map(([value, label]) => (
          <button key={label} type="button" className={chip} aria-pressed={(state.type ?? '') === value} onClick={() => set({ type: value || undefined })}>
            {label}
          </button>
        ))}
      </Group>
      <Group label="Taken">
        <label className="flex items-center gap-1 text-sm">
          From <input type="date" className={field} value={state.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
        </label>
        <label className="flex items-center gap-1 text-sm">
          to <input type="date" className={field} value={state.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
        </label>
      </Group>
      <Group label="Favourites and quality">
        <button type="button" className={chip} aria-pressed={state.favourite === 'true'} onClick={() => set({ favourite: state.favourite === 'true' ? undefined : 'true' })}>
          Favourites only
        </button>
        <label className="flex items-center gap-1 text-sm">
          Quality
          <select className={field} value={state.quality ?? ''} onChange={(e) => set({ quality: e.target.value || undefined })}>
            <option value="">Any</option>
            <option value="25">25 or more</option>
            <option value="50">50 or more</option>
            <option value="75">75 or more</option>
          </select>
        </label>
      </Group>
      {options && options.colours.length > 0 && (
        <Group label="Colour">
          {options.colours.map((colour) => (
            <button
              key={colour}
              type="button"
              aria-pressed={state.colour === colour}
              aria-label={colour}
              title={colour}
              onClick={() => set({ colour: state.colour === colour ? undefined : colour })}
              className="flex h-8 w-8 items-center justify-center rounded-full border-2 border-neutral-600 aria-pressed:border-sky-400 aria-pressed:ring-2 aria-pressed:ring-sky-400"
              style={{ background: SWATCH[colour] ?? '#525252' }}
            >
              {state.colour === colour && <Check aria-hidden size={16} className={colour === 'white' || colour === 'yellow' ? 'text-black' : 'text-white'} />}
            </button>
          ))}
        </Group>
      )}
      {options && options.people.length > 0 && (
        <Group label="People">
          {options.people.map((p) => (
            <button key={p.id} type="button" className={chip} aria-pressed={peopleChosen.includes(p.id)} onClick={() => set({ people: toggleListValue(state.people, p.id) })}>
              {p.name}
            </button>
          ))}
          {peopleChosen.length > 1 && (
            <label className="flex items-center gap-1 text-sm">
              Show photos with
              <select className={field} value={state.peopleMode ?? 'all'} onChange={(e) => set({ peopleMode: e.target.value })}>
                <option value="all">all of them</option>
                <option value="any">any of them</option>
              </select>
            </label>
          )}
        </Group>
      )}
      {options && options.questions.length > 0 && (
        <Group label="What’s in it">
          {options.questions.map((key) => (
            <button key={key} type="button" className={chip} aria-pressed={(state.questions ?? '').split(',').includes(key)} onClick={() => set({ questions: toggleListValue(state.questions, key) })}>
              {labelText(key)}
            </button>
          ))}
        </Group>
      )}
      {options && options.cameras.length > 0 && (
        <Group label="Camera">
          <select className={field} aria-label="Camera" value={state.camera ?? ''} onChange={(e) => set({ camera: e.target.value || undefined })}>
            <option value="">Any camera</option>
            {options.cameras.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </Group>
      )}
      {options && options.libraries.length > 1 && (
        <Group label="Library">
          <select className={field} aria-label="Library" value={state.library ?? ''} onChange={(e) => set({ library: e.target.value || undefined })}>
            <option value="">All libraries</option>
            {options.libraries.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </Group>
      )}
    </div>
  );
}
