'use client';
// A card grid of performers, studios or tags with its search box, sort, page size and pages —
// every choice lives in the URL (?q=&sort=&pageSize=&page=), so Back, reload and links work —
// and a form that creates a new one and opens its page.
import { useMutation } from '@tanstack/react-query';
import { Plus, Search } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { createEntityRequest } from '@/lib/client/organise-api';
import { ENTITY_PAGE_SIZES, ENTITY_SORTS, type EntityKind, type EntityListQuery, type EntityPage } from '@/lib/organise/organise.schemas';
import { fieldClass, primaryButton, quietButton } from '@/components/video-player/Section';
import { EntityCardTile } from './EntityCardTile';
import { SEGMENT_OF, WORDS } from './entity-words';

const SORT_LABELS: Record<(typeof ENTITY_SORTS)[number], string> = { name: 'Name', videos: 'Most videos', duration: 'Longest total', rating: 'Best rated', added: 'Newest' };

export function hrefOf(kind: EntityKind, q: Partial<EntityListQuery>): string {
  const params = new URLSearchParams();
  if (q.q) params.set('q', q.q);
  if (q.sort && q.sort !== 'name') params.set('sort', q.sort);
  if (q.pageSize && q.pageSize !== 48) params.set('pageSize', String(q.pageSize));
  if (q.page && q.page > 1) params.set('page', String(q.page));
  const text = params.toString();
  return `/${SEGMENT_OF[kind]}${text ? `?${text}` : ''}`;
}

export function EntityCatalogue({ kind, address, page }: { kind: EntityKind; address: EntityListQuery; page: EntityPage }) {
  const router = useRouter();
  const words = WORDS[kind];
  const ids = { q: useId(), sort: useId(), size: useId(), name: useId() };
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => createEntityRequest(SEGMENT_OF[kind], { name }),
    onSuccess: (made) => router.push(`/${SEGMENT_OF[kind]}/${made.id}`),
  });
  const lastPage = Math.max(1, Math.ceil(page.total / page.pageSize));
  const go = (change: Partial<EntityListQuery>) => router.push(hrefOf(kind, { ...address, page: 1, ...change }));
  return (
    <div className="mx-auto max-w-[120rem] px-4 pt-4 pb-12 sm:px-6">
      <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-3">
        <h1 className="text-xl font-semibold">{words.title}</h1>
        <p className="text-sm text-neutral-300" aria-live="polite" data-testid="entity-count">
          {page.total === 1 ? `1 ${words.one}` : `${page.total} ${words.many}`}
        </p>
        <span className="flex-1" />
        <button type="button" className={`${primaryButton} flex items-center gap-1`} onClick={() => setCreating((v) => !v)} aria-expanded={creating}>
          <Plus aria-hidden size={16} /> New {words.one}
        </button>
      </div>
      {creating && (
        <form
          className="mb-4 flex flex-wrap items-end gap-2 rounded-lg border border-neutral-800 bg-neutral-900/60 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <label htmlFor={ids.name} className="grid min-w-0 flex-1 gap-1 text-sm text-neutral-300">
            Name of the new {words.one}
            <input id={ids.name} className={fieldClass} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required autoFocus />
          </label>
          <button type="submit" className={primaryButton} disabled={create.isPending || name.trim() === ''}>
            Create
          </button>
          <button type="button" className={quietButton} onClick={() => setCreating(false)}>
            Cancel
          </button>
          {create.error && (
            <p role="alert" className="w-full text-sm text-red-400">
              {create.error.message}
            </p>
          )}
        </form>
      )}
      <form
        role="search"
        className="mb-4 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          go({ q: String(new FormData(e.currentTarget).get('q') ?? '').trim() || undefined });
        }}
      >
        <label htmlFor={ids.q} className="grid min-w-48 flex-1 gap-1 text-sm text-neutral-300">
          Search {words.many}
          <span className="flex gap-1">
            <input id={ids.q} name="q" type="search" defaultValue={address.q ?? ''} placeholder="Name or alias" className={fieldClass} maxLength={200} />
            <button type="submit" className={quietButton} aria-label="Search">
              <Search aria-hidden size={18} />
            </button>
          </span>
        </label>
        <label htmlFor={ids.sort} className="grid gap-1 text-sm text-neutral-300">
          Sort
          <select id={ids.sort} value={address.sort} onChange={(e) => go({ sort: e.target.value as EntityListQuery['sort'] })} className="rounded border border-neutral-700 bg-neutral-900 px-2 py-1.5 text-neutral-100">
            {ENTITY_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.size} className="grid gap-1 text-sm text-neutral-300">
          Per page
          <select id={ids.size} value={address.pageSize} onChange={(e) => go({ pageSize: Number(e.target.value) as EntityListQuery['pageSize'] })} className="rounded border border-neutral-700 bg-neutral-900 px-2 py-1.5 text-neutral-100">
            {ENTITY_PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </form>
      {page.items.length === 0 ? (
        <p className="mt-16 text-center text-neutral-300" data-testid="entities-empty">
          {address.q ? `No ${words.many} match “${address.q}”.` : `No ${words.many} yet. Create one, or add them from a video’s page.`}
        </p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4 lg:grid-cols-6 2xl:grid-cols-8" data-testid="entity-grid">
          {page.items.map((card) => (
            <EntityCardTile key={card.id} kind={kind} card={card} />
          ))}
        </ul>
      )}
      {lastPage > 1 && (
        <nav aria-label="Pages" className="mt-8 flex items-center justify-center gap-3 text-sm">
          {address.page > 1 ? <Link className={quietButton} href={hrefOf(kind, { ...address, page: address.page - 1 })}>Previous</Link> : <span className="px-2 text-neutral-500">Previous</span>}
          <span className="text-neutral-300">
            Page {address.page} of {lastPage}
          </span>
          {address.page < lastPage ? <Link className={quietButton} href={hrefOf(kind, { ...address, page: address.page + 1 })}>Next</Link> : <span className="px-2 text-neutral-500">Next</span>}
        </nav>
      )}
    </div>
  );
}
