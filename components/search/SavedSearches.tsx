'use client';
// The saved-searches menu of the catalogue: save this search (filters, sort, page size, view —
// the address's query, page left out) under a name; apply one (a link: it is just an address);
// delete one. A disclosure panel: Esc or a click outside closes it, focus returns to its button.
import { Bookmark, Trash2 } from 'lucide-react';
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { type CatalogueState, catalogueSearch } from '@/components/catalogue/catalogue-url';
import { useDeleteSavedSearch, useSavedSearches, useSaveSearch } from '@/lib/client/saved-searches-api';

export function SavedSearches({ state }: { state: CatalogueState }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const { data: searches, isError } = useSavedSearches(open);
  const save = useSaveSearch();
  const remove = useDeleteSavedSearch();
  const query = catalogueSearch({ ...state, page: 1 });
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        className="flex items-center gap-1.5 rounded border border-neutral-700 px-2.5 py-1.5 text-sm hover:bg-neutral-800 aria-expanded:bg-neutral-800"
        data-testid="saved-searches-button"
      >
        <Bookmark aria-hidden size={16} />
        Saved
      </button>
      {open && (
        <div ref={panel} id={panelId} className="absolute top-full left-0 z-30 mt-1 w-[min(20rem,calc(100vw-2rem))] rounded-lg border border-neutral-700 bg-neutral-900 p-3 shadow-2xl" data-testid="saved-searches">
          <form
            className="flex gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              const form = e.currentTarget;
              const name = String(new FormData(form).get('name') ?? '').trim();
              if (name) save.mutate({ name, query }, { onSuccess: () => form.reset() });
            }}
          >
            <label htmlFor={`${panelId}-name`} className="sr-only">
              Name of this search
            </label>
            <input id={`${panelId}-name`} name="name" maxLength={80} required placeholder="Name this search" className="min-w-0 flex-1 rounded border border-neutral-700 bg-neutral-950 px-2 py-1.5 text-sm placeholder:text-neutral-400" />
            <button type="submit" disabled={save.isPending} className="rounded bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-600 disabled:bg-neutral-700">
              Save
            </button>
          </form>
          <p role="status" className="mt-1 min-h-5 text-xs">
            {save.isError && <span className="text-rose-300">{save.error.message}</span>}
            {save.isSuccess && <span className="text-emerald-300">Saved “{save.data.name}”.</span>}
          </p>
          {isError && <p className="text-sm text-rose-300">Your saved searches could not be loaded.</p>}
          {searches && searches.length === 0 && <p className="text-sm text-neutral-400">No saved searches yet.</p>}
          {searches && searches.length > 0 && (
            <ul className="mt-1 max-h-72 overflow-auto" aria-label="Saved searches">
              {searches.map((s) => (
                <li key={s.id} className="flex items-center gap-1">
                  <Link href={s.query ? `/videos?${s.query}` : '/videos'} onClick={() => setOpen(false)} aria-current={s.query === query ? 'true' : undefined} className="min-w-0 flex-1 truncate rounded px-2 py-1.5 text-sm hover:bg-neutral-800 aria-[current=true]:text-sky-300">
                    {s.name}
                  </Link>
                  <button type="button" aria-label={`Delete ${s.name}`} onClick={() => remove.mutate(s.id)} className="rounded p-1.5 text-neutral-400 hover:bg-neutral-800 hover:text-rose-300">
                    <Trash2 aria-hidden size={14} />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
