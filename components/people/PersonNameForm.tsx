'use client';
// Names (or renames) a person in place. A name another of the user's people already has
// answers 409 naming that person: the form then offers to merge this one into them.
import { useMutation } from '@tanstack/react-query';
import { Check, Pencil } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { ApiError } from '@/lib/client/api';
import { mergePeopleRequest, updatePersonRequest } from '@/lib/client/people-api';

interface Existing {
  id: string;
  name: string;
}

export function PersonNameForm({ personId, name, compact = false }: { personId: string; name: string | null; compact?: boolean }) {
  const router = useRouter();
  const inputId = useId();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name ?? '');
  const [existing, setExisting] = useState<Existing | null>(null);
  const rename = useMutation({
    mutationFn: () => updatePersonRequest(personId, { name: value.trim() }),
    onSuccess: () => {
      setEditing(false);
      router.refresh();
    },
    onError: (error) => {
      const details = error instanceof ApiError && error.status === 409 ? (error.details as { existing?: Existing } | undefined) : undefined;
      setExisting(details?.existing ?? null);
    },
  });
  const merge = useMutation({
    mutationFn: (into: Existing) => mergePeopleRequest(into.id, [personId]),
    onSuccess: (person) => {
      setEditing(false);
      setExisting(null);
      if (!compact) router.push(`/people/${person.id}`);
      router.refresh();
    },
  });

  if (!editing) {
    return (
      <button type="button" onClick={() => setEditing(true)} className={`flex items-center gap-1 rounded text-left hover:underline focus:outline-2 focus:outline-sky-400 ${name ? '' : 'text-sky-300'}`}>
        <span className={compact ? 'truncate text-sm' : 'text-2xl font-semibold'}>{name ?? 'Add a name'}</span>
        <Pencil aria-hidden size={compact ? 12 : 16} className="shrink-0 opacity-60" />
      </button>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) rename.mutate();
      }}
      className="flex flex-col gap-1"
    >
      <label htmlFor={inputId} className="sr-only">Name</label>
      <div className="flex gap-1">
        <input
          id={inputId}
          autoFocus
          value={value}
          maxLength={200}
          onChange={(e) => {
            setValue(e.target.value);
            setExisting(null);
          }}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
          className="min-w-0 flex-1 rounded border border-neutral-600 bg-neutral-900 px-2 py-1 text-sm"
          placeholder="Name"
        />
        <button type="submit" aria-label="Save name" disabled={rename.isPending} className="rounded bg-sky-700 px-2 py-1 hover:bg-sky-600 focus:outline-2 focus:outline-sky-400">
          <Check aria-hidden size={16} />
        </button>
      </div>
      {existing ? (
        <p role="alert" className="text-xs text-amber-300">
          “{existing.name}” already exists.{' '}
          <button type="button" onClick={() => merge.mutate(existing)} className="underline focus:outline-2 focus:outline-sky-400">
            Merge into {existing.name}
          </button>
        </p>
      ) : rename.error ? (
        <p role="alert" className="text-xs text-red-300">{rename.error.message}</p>
      ) : null}
    </form>
  );
}
