'use client';
// "Share": a button that opens a modal (the native <dialog>: focus stays inside, Esc closes) with
// who has the album. The owner invites household users as viewer or contributor, changes a
// member's role and removes members; a member sees the others and may leave. Works with just the
// album's id and the asker's id and role. Nobody is mailed: the album simply appears for them.
import { LogOut, Share2, UserMinus, UserPlus, X } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import type { AlbumPlace } from '@/lib/album-sharing/album-sharing.schemas';
import { useAlbumMemberChange, useAlbumSharing, useHouseholdPeople } from '@/lib/client/album-sharing-queries';
import type { AlbumRole } from '@/lib/server/generated/prisma/enums';

interface Props {
  albumId: string;
  currentUserId: string;
  role: AlbumPlace;
  /** Where a member goes once they left the album (it is no longer theirs to see). */
  afterLeave?: string;
}

const ROLES: { value: AlbumRole; label: string }[] = [
  { value: 'viewer', label: 'Viewer' },
  { value: 'contributor', label: 'Contributor' },
];
const control = 'min-h-9 rounded-md border border-neutral-700 bg-neutral-900 px-2 py-1 text-sm text-neutral-100 focus:outline-2 focus:outline-sky-400';

export function AlbumShareDialog({ albumId, currentUserId, role, afterLeave = '/albums' }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        data-testid="album-share-button"
        className="inline-flex min-h-9 items-center gap-1.5 rounded-md border border-neutral-700 px-3 py-1.5 text-sm text-neutral-100 hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400"
      >
        <Share2 aria-hidden size={16} /> {role === 'owner' ? 'Share' : 'Members'}
      </button>
      {open && (
        <dialog
          ref={dialog}
          onClose={() => setOpen(false)}
          aria-labelledby={`share-title-${albumId}`}
          data-testid="album-share-dialog"
          className="m-auto max-h-[min(40rem,calc(100dvh-2rem))] w-[min(32rem,calc(100vw-1.5rem))] rounded-lg border border-neutral-700 bg-neutral-900 p-4 text-neutral-100 backdrop:bg-black/60"
        >
          <ShareDialogBody albumId={albumId} currentUserId={currentUserId} role={role} afterLeave={afterLeave} onClose={() => dialog.current?.close()} />
        </dialog>
      )}
    </>
  );
}

function ShareDialogBody({ albumId, currentUserId, role, afterLeave, onClose }: Required<Props> & { onClose: () => void }) {
  const router = useRouter();
  const sharing = useAlbumSharing(albumId);
  const isOwner = role === 'owner';
  const people = useHouseholdPeople(isOwner);
  const change = useAlbumMemberChange(albumId);
  const [choice, setChoice] = useState('');
  const [newRole, setNewRole] = useState<AlbumRole>('viewer');
  const personId = useId();
  const roleId = useId();
  const data = sharing.data;
  const taken = new Set([data?.album.owner.id, ...(data?.members.map((m) => m.id) ?? [])]);
  const candidates = (people.data ?? []).filter((p) => !taken.has(p.id));
  const error = change.invite.error ?? change.changeRole.error ?? change.remove.error;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-2">
        <h2 id={`share-title-${albumId}`} className="min-w-0 flex-1 truncate text-lg font-semibold">
          {data ? `Share “${data.album.title}”` : 'Share album'}
        </h2>
        <button type="button" aria-label="Close" onClick={onClose} className="rounded p-2 hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400">
          <X aria-hidden size={18} />
        </button>
      </div>

      {sharing.isPending && <p className="text-sm text-neutral-300">Loading…</p>}
      {sharing.isError && (
        <p role="alert" className="text-sm text-rose-300">
          {sharing.error.message}
        </p>
      )}
      {data && (
        <ul className="flex flex-col divide-y divide-neutral-800" aria-label="People with this album">
          <li className="flex items-center gap-2 py-2 text-sm">
            <span className="min-w-0 flex-1 truncate font-medium">{data.album.owner.name}</span>
            <span className="text-neutral-300">Owner</span>
          </li>
          {data.members.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-2 py-2 text-sm" data-testid="album-member">
              <span className="min-w-0 flex-1 truncate font-medium">
                {m.name}
                {m.id === currentUserId && <span className="font-normal text-neutral-300"> (you)</span>}
              </span>
              {isOwner ? (
                <>
                  <select
                    aria-label={`Role of ${m.name}`}
                    value={m.role}
                    disabled={change.changeRole.isPending}
                    onChange={(e) => change.changeRole.mutate({ userId: m.id, role: e.target.value as AlbumRole })}
                    className={control}
                  >
                    <option value="viewer">Viewer</option>
                    <option value="contributor">Contributor</option>
                  </select>
                  <button
                    type="button"
                    aria-label={`Remove ${m.name} from the album`}
                    disabled={change.remove.isPending}
                    onClick={() => change.remove.mutate(m.id)}
                    className="rounded-full p-2 text-neutral-300 hover:bg-neutral-800 hover:text-white focus:outline-2 focus:outline-sky-400 disabled:opacity-50"
                  >
                    <UserMinus aria-hidden size={16} />
                  </button>
                </>
              ) : (
                <span className="text-neutral-300">{m.role === 'contributor' ? 'Contributor' : 'Viewer'}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {data && data.members.length === 0 && <p className="text-sm text-neutral-300">Only you have this album so far.</p>}

      {isOwner && (
        <form
          className="flex flex-col gap-2 rounded-md border border-neutral-800 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) change.invite.mutate({ userId: choice, role: newRole }, { onSuccess: () => setChoice('') });
          }}
        >
          <p className="text-sm font-medium">Invite someone of the household</p>
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex min-w-0 basis-full flex-col gap-1 sm:basis-0 sm:flex-1">
              <label htmlFor={personId} className="text-xs text-neutral-300">
                Person
              </label>
              <select id={personId} value={choice} onChange={(e) => setChoice(e.target.value)} className={control} data-testid="album-invite-person">
                <option value="">{people.isPending ? 'Loading…' : candidates.length ? 'Choose someone…' : 'Everyone has it already'}</option>
                {candidates.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={roleId} className="text-xs text-neutral-300">
                As
              </label>
              <select id={roleId} value={newRole} onChange={(e) => setNewRole(e.target.value as AlbumRole)} className={control}>
                {ROLES.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="submit"
              disabled={!choice || change.invite.isPending}
              className="inline-flex min-h-9 items-center gap-1.5 rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-600 focus:outline-2 focus:outline-sky-300 disabled:opacity-50"
            >
              <UserPlus aria-hidden size={16} /> Invite
            </button>
          </div>
          <p className="text-xs text-neutral-300">
            Viewers see, like and comment; contributors also add items. They see the album at once; nobody is sent an e-mail.
          </p>
        </form>
      )}

      {!isOwner && data && (
        <button
          type="button"
          onClick={() => change.remove.mutate(currentUserId, { onSuccess: () => router.push(afterLeave) })}
          disabled={change.remove.isPending}
          className="inline-flex min-h-9 items-center gap-1.5 self-start rounded-md border border-rose-800 px-3 py-1.5 text-sm text-rose-200 hover:bg-rose-950 focus:outline-2 focus:outline-sky-400 disabled:opacity-50"
        >
          <LogOut aria-hidden size={16} /> Leave album
        </button>
      )}
      {error && (
        <p role="alert" className="text-sm text-rose-300">
          {error.message}
        </p>
      )}
    </div>
  );
}
