'use client';
// The catalogue's text box: the search runs 350 ms after the last key (or at once on Enter),
// and follows the address when it changes elsewhere (Back, a chip, "Clear all").
import { Search, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { CatalogueState } from '@/components/catalogue/catalogue-url';
import { useCatalogueNav } from '@/components/catalogue/use-catalogue-nav';

const DEBOUNCE_MS = 350;

export function SearchText({ state }: { state: CatalogueState }) {
  const navigate = useCatalogueNav();
  const [text, setText] = useState(state.q);
  const [shown, setShown] = useState(state.q);
  // What this box itself last asked for: when the address arrives with it, the user may have
  // typed on meanwhile and their text stays; any other change of the address replaces it.
  const [sent, setSent] = useState(state.q);
  if (shown !== state.q) {
    setShown(state.q);
    if (state.q !== sent) setText(state.q);
  }
  const submit = (value: string, replace: boolean) => {
    const q = value.trim().slice(0, 200);
    setSent(q);
    navigate({ ...state, q, page: 1 }, { replace });
  };
  useEffect(() => {
    if (text.trim() === state.q) return;
    const timer = setTimeout(() => {
      const q = text.trim().slice(0, 200);
      setSent(q);
      navigate({ ...state, q, page: 1 }, { replace: true });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, state, navigate]);
  return (
    <form
      role="search"
      className="relative min-w-0 flex-1 sm:max-w-md"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() !== state.q) submit(text, false);
      }}
    >
      <Search aria-hidden size={16} className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-neutral-400" />
      <input
        type="search"
        aria-label="Search videos"
        placeholder="Search titles, files, people, tags…"
        maxLength={200}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="catalogue-search"
        className="w-full rounded border border-neutral-700 bg-neutral-900 py-1.5 pr-8 pl-8 text-sm text-neutral-100 placeholder:text-neutral-400 [&::-webkit-search-cancel-button]:hidden"
      />
      {text && (
        <button
          type="button"
          aria-label="Clear the search text"
          onClick={() => {
            setText('');
            submit('', false);
          }}
          className="absolute top-1/2 right-1 -translate-y-1/2 rounded p-1 text-neutral-400 hover:bg-neutral-800 hover:text-neutral-100"
        >
          <X aria-hidden size={14} />
        </button>
      )}
    </form>
  );
}
