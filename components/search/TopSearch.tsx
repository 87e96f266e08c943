'use client';
// The search box of the top bar, on every signed-in page: as the user types, suggestions of
// performers, studios, tags and videos (GET /api/search/suggest?q=, 150 ms after the last key,
// the previous request cancelled). An ARIA 1.2 combobox: arrows move through the options
// (aria-activedescendant), Enter goes to the chosen one — or searches /search?q= when none is
// chosen — and Esc closes the list, then clears the box. A performer goes to its page.
import { useQuery } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { fetchSuggestions } from '@/lib/client/catalogue-api';
import { rememberNames } from '@/lib/client/entity-names';
import { GROUP_LABELS, type SuggestOption, suggestOptions } from './suggest-options';

const DEBOUNCE_MS = 150;

export function TopSearch() {
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim().slice(0, 200)), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const { data } = useQuery({ queryKey: ['suggest', q], queryFn: ({ signal }) => fetchSuggestions(q, signal), enabled: q.length > 0, staleTime: 30_000 });
  const options = suggestOptions(text, q === text.trim().slice(0, 200) ? data : undefined);
  const expanded = open && options.length > 0;
  const go = (option: SuggestOption) => {
    if (option.entity) rememberNames([option.entity]);
    setOpen(false);
    setActive(-1);
    router.push(option.href);
  };
  return (
    <div className="relative w-full max-w-xs min-w-0 lg:max-w-44 2xl:max-w-xs" role="search">
      <Search aria-hidden size={16} className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-neutral-400" />
      <input
        role="combobox"
        aria-label="Search"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${id}-${active}` : undefined}
        type="text"
        maxLength={200}
        value={text}
        placeholder="Search"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && options.length) {
            e.preventDefault();
            setOpen(true);
            setActive((i) => (i + 1) % options.length);
          } else if (e.key === 'ArrowUp' && options.length) {
            e.preventDefault();
            setOpen(true);
            setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
          } else if (e.key === 'Enter' && options.length) {
            e.preventDefault();
            go(options[expanded && active >= 0 ? active : 0]);
          } else if (e.key === 'Escape') {
            if (expanded) setOpen(false);
            else setText('');
          }
        }}
        className="w-full rounded-full border border-neutral-700 bg-neutral-900 py-1.5 pr-3 pl-8 text-sm text-neutral-100 placeholder:text-neutral-400"
        data-testid="top-search"
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Suggestions" hidden={!expanded} className="absolute inset-x-0 top-full z-40 mt-1 max-h-[70vh] overflow-auto rounded-lg border border-neutral-700 bg-neutral-900 py-1 shadow-2xl" data-testid="top-search-list">
        {options.map((option, i) => (
          <li
            key={option.key}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            onPointerDown={(e) => e.preventDefault()}
            onClick={() => go(option)}
            className="flex cursor-pointer items-center gap-2 px-3 py-1.5 text-sm aria-selected:bg-sky-800"
          >
            {option.imageUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- served by our API with auth; no optimizer
              <img src={option.imageUrl} alt="" className="h-6 w-6 shrink-0 rounded object-cover" data-preview />
            ) : null}
            <span className="min-w-0 flex-1 truncate">{option.label}</span>
            {option.group !== 'search' && <span className="shrink-0 text-xs text-neutral-400">{GROUP_LABELS[option.group].replace(/s$/, '')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
