'use client';
// "New album" on /albums: a small modal asking for the title (and a description), then the new
// album opens.
import { Plus, X } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { useCreateAlbum } from '@/lib/client/album-queries';

export function NewAlbumButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className="flex items-center gap-1.5 rounded bg-sky-700 px-3 py-1.5 text-sm hover:bg-sky-600 focus:outline-2 focus:outline-sky-400">
        <Plus aria-hidden size={16} /> New album
      </button>
      {open && <NewAlbumDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function NewAlbumDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const create = useCreateAlbum();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="new-album-heading" className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-lg border border-neutral-700 bg-neutral-900 p-4 text-neutral-100 backdrop:bg-black/60">
      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ title, description: description || undefined }, { onSuccess: (album) => router.push(`/albums/${album.id}`) });
        }}
      >
        <div className="mb-1 flex items-center gap-2">
          <h2 id="new-album-heading" className="flex-1 font-semibold">
            New album
          </h2>
          <button type="button" aria-label="Close" onClick={() => dialog.current?.close()} className="rounded p-1 hover:bg-neutral-800">
            <X aria-hidden size={16} />
          </button>
        </div>
        <label htmlFor="album-title" className="text-sm text-neutral-300">
          Title
        </label>
        <input id="album-title" autoFocus required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} className="rounded border border-neutral-600 bg-neutral-950 px-2 py-1.5" />
        <label htmlFor="album-description" className="text-sm text-neutral-300">
          Description (optional)
        </label>
        <textarea id="album-description" rows={3} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} className="rounded border border-neutral-600 bg-neutral-950 px-2 py-1.5" />
        {create.error && (
          <p role="alert" className="text-sm text-rose-300">
            {create.error.message}
          </p>
        )}
        <div className="flex justify-end">
          <button type="submit" disabled={create.isPending || !title.trim()} className="rounded bg-sky-700 px-3 py-1.5 hover:bg-sky-600 disabled:opacity-50">
            Create
          </button>
        </div>
      </form>
    </dialog>
  );
}
