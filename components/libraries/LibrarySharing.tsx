'use client';
// Who a library is shared with, and the controls to share it with one more person of the
// household or stop sharing. Members see its photos and videos read-only (lib/access).
import { useMutation } from '@tanstack/react-query';
import { UserMinus, UserPlus } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { Person } from '@/lib/libraries/libraries.schemas';
import { shareLibrary, unshareLibrary } from '@/lib/client/libraries-api';

interface Props {
  libraryId: string;
  libraryName: string;
  ownerId: string;
  members: Person[];
  /** Everyone who could be added (the owner and current members are left out here). */
  people: Person[];
}

export function LibrarySharing({ libraryId, libraryName, ownerId, members, people }: Props) {
  const router = useRouter();
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const memberIds = new Set(members.map((m) => m.id));
  const candidates = people.filter((p) => p.id !== ownerId && !memberIds.has(p.id));
  const share = useMutation({
    mutationFn: (userId: string) => shareLibrary(libraryId, userId),
    onSuccess: () => {
      setChoice('');
      router.refresh();
    },
  });
  const unshare = useMutation({ mutationFn: (userId: string) => unshareLibrary(libraryId, userId), onSuccess: () => router.refresh() });
  const error = share.error ?? unshare.error;

  return (
    <div className="mt-2 text-sm" data-testid="library-sharing">
      <p className="text-neutral-300">
        {members.length === 0 ? 'Not shared.' : 'Shared with (they can look and watch, not change):'}
      </p>
      {members.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-2">
          {members.map((m) => (
            <li key={m.id} className="flex items-center gap-1 rounded-full bg-neutral-800 py-0.5 pl-3 pr-1">
              {m.name}
              <button
                type="button"
                onClick={() => unshare.mutate(m.id)}
                disabled={unshare.isPending}
                aria-label={`Stop sharing ${libraryName} with ${m.name}`}
                className="rounded-full p-1 text-neutral-300 hover:bg-neutral-700 hover:text-white"
              >
                <UserMinus size={14} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <form
          className="mt-2 flex flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) share.mutate(choice);
          }}
        >
          <label htmlFor={selectId} className="text-neutral-300">
            Share with
          </label>
          <select
            id={selectId}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            className="min-w-0 rounded-md border border-neutral-700 bg-neutral-900 px-2 py-1"
          >
            <option value="">Choose someone…</option>
            {candidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <button
            type="submit"
            disabled={!choice || share.isPending}
            className="flex items-center gap-1 rounded-md border border-neutral-700 px-3 py-1 hover:bg-neutral-800 disabled:opacity-50"
          >
            <UserPlus size={14} aria-hidden /> Share
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="mt-1 text-red-300">
          {error.message}
        </p>
      )}
    </div>
  );
}
