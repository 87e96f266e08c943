'use client';
// Every filter of the catalogue (catalogue-query's contract), grouped: who and what (performers,
// studios, tags), the user's own state of a video, the file, dates, what it has, where it is.
// Each change goes to the address at once (page 1). A column beside the results on a wide
// screen; a full-screen sheet on a phone, closed by its button or Esc (focus back on "Filters").
import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { type CatalogueFilters, type CatalogueState, clearFilters, activeFilterKeys } from '@/components/catalogue/catalogue-url';
import { useCatalogueNav } from '@/components/catalogue/use-catalogue-nav';
import { EntityPicker } from './EntityPicker';
import { DateRange, Group, NumberRange, SelectField, TriState } from './filter-controls';

export interface LibraryOption {
  id: string;
  name: string;
}

const STARS: [number | null, string][] = [[null, 'Any'], ...Array.from({ length: 10 }, (_, i) => [(i + 1) / 2, `${(i + 1) / 2} ★`] as [number, string])];

interface Props {
  state: CatalogueState;
  libraries: LibraryOption[];
  nameOf: (id: string) => string;
  onClose: () => void;
}

export function SearchPanel({ state, libraries, nameOf, onClose }: Props) {
  const navigate = useCatalogueNav();
  const closeButton = useRef<HTMLButtonElement>(null);
  const set = (change: Partial<CatalogueFilters>) => navigate({ ...state, ...change, page: 1 });
  useEffect(() => {
    // On a phone the sheet covers the page: put focus in it.
    if (window.matchMedia('(max-width: 1023px)').matches) closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const count = activeFilterKeys(state).length;
  return (
    <aside
      id="catalogue-filters"
      aria-label="Filters"
      data-testid="search-panel"
      className="fixed inset-0 z-30 overflow-y-auto bg-neutral-950 p-4 lg:sticky lg:top-16 lg:z-auto lg:max-h-[calc(100dvh-5rem)] lg:w-80 lg:shrink-0 lg:rounded-lg lg:border lg:border-neutral-800 lg:bg-neutral-900/40"
    >
      <div className="mb-4 flex items-center gap-2">
        <h2 className="flex-1 text-base font-semibold">Filters</h2>
        {count > 0 && (
          <button type="button" onClick={() => navigate(clearFilters(state))} className="rounded px-2 py-1 text-sm text-sky-300 hover:bg-neutral-800">
            Clear all
          </button>
        )}
        <button ref={closeButton} type="button" aria-label="Close filters" onClick={onClose} className="rounded p-1.5 hover:bg-neutral-800">
          <X aria-hidden size={18} />
        </button>
      </div>
      <div className="grid gap-5">
        <EntityPicker
          kind="performers"
          label="Performers"
          include={state.performers}
          exclude={state.performersExclude}
          mode={state.performersMode}
          nameOf={nameOf}
          onChange={(c) => set({ performers: c.include, performersExclude: c.exclude, performersMode: c.mode ?? 'any' })}
        />
        <SelectField
          label="Cast"
          value={state.cast}
          options={[
            [null, 'Any'],
            ['solo', 'Solo'],
            ['duo', 'Duo'],
            ['group', 'Group of 3+'],
          ]}
          onChange={(cast) => set({ cast })}
        />
        <EntityPicker kind="studios" label="Studios" include={state.studios} exclude={state.studiosExclude} nameOf={nameOf} onChange={(c) => set({ studios: c.include, studiosExclude: c.exclude })} />
        <EntityPicker
          kind="tags"
          label="Tags"
          include={state.tags}
          exclude={state.tagsExclude}
          mode={state.tagsMode}
          nameOf={nameOf}
          onChange={(c) => set({ tags: c.include, tagsExclude: c.exclude, tagsMode: c.mode ?? 'any' })}
        />
        <Group title="Yours">
          <SelectField label="Rating from" value={state.ratingMin} options={STARS} onChange={(ratingMin) => set({ ratingMin })} />
          <SelectField label="Rating to" value={state.ratingMax} options={STARS} onChange={(ratingMax) => set({ ratingMax })} />
          <TriState label="Liked" yes="Liked" no="Not liked" value={state.liked} onChange={(liked) => set({ liked })} />
          <TriState label="Favourite" yes="Favourite" no="Not favourite" value={state.favourite} onChange={(favourite) => set({ favourite })} />
          <TriState label="Organised" yes="Organised" no="Not organised" value={state.organised} onChange={(organised) => set({ organised })} />
          <SelectField
            label="Watched"
            value={state.watched}
            options={[
              [null, 'Any'],
              ['watched', 'Watched'],
              ['unwatched', 'Unwatched'],
              ['inProgress', 'In progress'],
            ]}
            onChange={(watched) => set({ watched })}
          />
          <NumberRange label="Plays" min={state.playsMin} max={state.playsMax} onChange={(playsMin, playsMax) => set({ playsMin, playsMax })} />
          <NumberRange label="View time" unit="min" scale={60} min={state.viewMin} max={state.viewMax} onChange={(viewMin, viewMax) => set({ viewMin, viewMax })} />
        </Group>
        <Group title="File">
          <NumberRange label="Duration" unit="min" scale={60} min={state.durationMin} max={state.durationMax} onChange={(durationMin, durationMax) => set({ durationMin, durationMax })} />
          <SelectField
            label="Resolution"
            value={state.resolution}
            options={[
              [null, 'Any'],
              [720, '720p and up'],
              [1080, '1080p and up'],
              [2160, '4K and up'],
            ]}
            onChange={(resolution) => set({ resolution })}
          />
        </Group>
        <Group title="Dates">
          <DateRange label="Added" from={state.addedFrom} to={state.addedTo} onChange={(addedFrom, addedTo) => set({ addedFrom, addedTo })} />
          <DateRange label="Released" from={state.releasedFrom} to={state.releasedTo} onChange={(releasedFrom, releasedTo) => set({ releasedFrom, releasedTo })} />
        </Group>
        <Group title="Has">
          <TriState label="Markers" yes="With markers" no="Without" value={state.hasMarkers} onChange={(hasMarkers) => set({ hasMarkers })} />
          <TriState label="Chapters" yes="With chapters" no="Without" value={state.hasChapters} onChange={(hasChapters) => set({ hasChapters })} />
          <TriState label="Comments" yes="With comments" no="Without" value={state.hasComments} onChange={(hasComments) => set({ hasComments })} />
          <TriState label="Subtitles" yes="With subtitles" no="Without" value={state.hasSubtitles} onChange={(hasSubtitles) => set({ hasSubtitles })} />
        </Group>
        <Group title="Where">
          <SelectField
            label="Library"
            value={state.library}
            options={[[null, 'All libraries'], ...libraries.map((l) => [l.id, l.name] as [string, string])]}
            onChange={(library) => set({ library, folder: library ? state.folder : null })}
          />
          {state.library && <FolderBox value={state.folder} onChange={(folder) => set({ folder })} />}
        </Group>
      </div>
      <button type="button" onClick={onClose} className="mt-6 w-full rounded bg-sky-700 px-3 py-2 text-sm font-medium text-white hover:bg-sky-600 lg:hidden">
        Show results
      </button>
    </aside>
  );
}

function FolderBox({ value, onChange }: { value: string | null; onChange: (folder: string | null) => void }) {
  return (
    <form
      className="grid grid-cols-[7rem_1fr] items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const text = String(new FormData(e.currentTarget).get('folder') ?? '').trim().replace(/^\/+|\/+$/g, '');
        const folder = text ? text.slice(0, 1000) : null;
        if (folder !== value) onChange(folder);
      }}
    >
      <label htmlFor="catalogue-folder" className="text-sm text-neutral-300">
        Folder
      </label>
      <input
        id="catalogue-folder"
        name="folder"
        key={value ?? ''}
        defaultValue={value ?? ''}
        placeholder="e.g. Holidays/2024 (Enter)"
        onBlur={(e) => e.currentTarget.form?.requestSubmit()}
        className="w-full rounded border border-neutral-700 bg-neutral-900 px-2 py-1.5 text-sm placeholder:text-neutral-400"
      />
    </form>
  );
}
