'use client';
// The /people grid: each person's face, name ("Add a name" for the unnamed), face count, and
// Hide/Show. Ticking several offers "Merge": they all become the first one ticked (or the first
// named one, lib/faces/merge-people.ts).
import { useMutation } from '@tanstack/react-query';
import { Eye, EyeOff, Merge, UserRound } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { faceThumbUrl, mergePeopleRequest, updatePersonRequest } from '@/lib/client/people-api';
import type { PersonCard } from '@/lib/faces/faces.schemas';
import { PersonNameForm } from './PersonNameForm';

export function PeopleGrid({ people }: { people: PersonCard[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const merge = useMutation({
    mutationFn: () => mergePeopleRequest(selected[0], selected.slice(1)),
    onSuccess: () => {
      setSelected([]);
      router.refresh();
    },
  });
  const hide = useMutation({ mutationFn: (p: PersonCard) => updatePersonRequest(p.id, { hidden: !p.hidden }), onSuccess: () => router.refresh() });

  return (
    <>
      {selected.length > 0 && (
        <div className="sticky top-14 z-10 mb-3 flex flex-wrap items-center gap-3 rounded bg-neutral-800 px-3 py-2 text-sm" role="region" aria-label="Selection">
          <span>{selected.length} selected</span>
          <button type="button" disabled={selected.length < 2 || merge.isPending} onClick={() => merge.mutate()} className="flex items-center gap-1 rounded bg-sky-700 px-3 py-1 hover:bg-sky-600 disabled:opacity-50 focus:outline-2 focus:outline-sky-400">
            <Merge aria-hidden size={16} /> Merge
          </button>
          <button type="button" onClick={() => setSelected([])} className="rounded px-2 py-1 hover:bg-neutral-700 focus:outline-2 focus:outline-sky-400">
            Clear
          </button>
          {merge.error && <span role="alert" className="text-red-300">{merge.error.message}</span>}
        </div>
      )}
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 md:grid-cols-4 lg:grid-cols-6" aria-label="People">
        {people.map((p) => (
          <li key={p.id} className={`relative flex flex-col gap-1 rounded p-1 ${selected.includes(p.id) ? 'bg-sky-900/50 ring-2 ring-sky-500' : ''}`} data-testid="person-card">
            <Link href={`/people/${p.id}`} className="block aspect-square overflow-hidden rounded-full bg-neutral-800 focus:outline-3 focus:outline-sky-400" aria-label={`${p.name ?? 'Unnamed person'}, ${p.faceCount} ${p.faceCount === 1 ? 'face' : 'faces'}`}>
              {p.coverFaceId ? (
                // eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth; no optimizer
                <img src={faceThumbUrl(p.coverFaceId)} alt="" className="h-full w-full object-cover" loading="lazy" />
              ) : (
                <UserRound aria-hidden className="m-auto h-full w-1/2 text-neutral-500" />
              )}
            </Link>
            <input
              type="checkbox"
              checked={selected.includes(p.id)}
              onChange={() => toggle(p.id)}
              aria-label={`Select ${p.name ?? 'unnamed person'} (${p.faceCount} faces)`}
              className="absolute left-2 top-2 h-5 w-5 accent-sky-600"
            />
            <PersonNameForm personId={p.id} name={p.name} compact />
            <div className="flex items-center justify-between text-xs text-neutral-300">
              <span>{p.faceCount} {p.faceCount === 1 ? 'face' : 'faces'}</span>
              <button type="button" onClick={() => hide.mutate(p)} className="flex items-center gap-1 rounded px-1 py-0.5 hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400" aria-label={`${p.hidden ? 'Show' : 'Hide'} ${p.name ?? 'unnamed person'}`}>
                {p.hidden ? <Eye aria-hidden size={14} /> : <EyeOff aria-hidden size={14} />} {p.hidden ? 'Show' : 'Hide'}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
