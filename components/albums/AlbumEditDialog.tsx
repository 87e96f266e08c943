'use client';
// The owner's "Edit album": title, description and order in one small form; and "Delete album"
// (asks first; the photos themselves stay in their libraries).
import { X } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { AlbumView } from '@/lib/albums/albums.schemas';
import { useDeleteAlbum, useUpdateAlbum } from '@/lib/client/album-queries';
import type { AlbumOrder } from '@/lib/server/generated/prisma/enums';

const ORDERS: { value: AlbumOrder; label: string }[] = [
  { value: 'date_desc', label: 'Newest first' },
  { value: 'date_asc', label: 'Oldest first' },
  { value: 'manual', label: 'My own order' },
];

export function AlbumEditDialog({ album, onClose }: { album: AlbumView; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const update = useUpdateAlbum(album.id);
  const remove = useDeleteAlbum();
  const [title, setTitle] = useState(album.title);
  const [description, setDescription] = useState(album.description ?? '');
  const [sortOrder, setSortOrder] = useState(album.sortOrder);
  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);
  const error = update.error ?? remove.error;
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="edit-album-heading" className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-neutral-700 bg-neutral-900 p-4 text-neutral-100 backdrop:bg-black/60">
      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ title, description: description || null, sortOrder }, { onSuccess: () => dialog.current?.close() });
        }}
      >
        <div className="mb-1 flex items-center gap-2">
          <h2 id="edit-album-heading" className="flex-1 font-semibold">
            Edit album
          </h2>
          <button type="button" aria-label="Close" onClick={() => dialog.current?.close()} className="rounded p-1 hover:bg-neutral-800">
            <X aria-hidden size={16} />
          </button>
        </div>
        <label htmlFor="edit-album-title" className="text-sm text-neutral-300">
          Title
        </label>
        <input id="edit-album-title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} className="rounded border border-neutral-600 bg-neutral-950 px-2 py-1.5" />
        <label htmlFor="edit-album-description" className="text-sm text-neutral-300">
          Description
        </label>
        <textarea id="edit-album-description" rows={3} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} className="rounded border border-neutral-600 bg-neutral-950 px-2 py-1.5" />
        <label htmlFor="edit-album-order" className="text-sm text-neutral-300">
          Order
        </label>
        <select id="edit-album-order" value={sortOrder} onChange={(e) => setSortOrder(e.target.value as AlbumOrder)} className="rounded border border-neutral-600 bg-neutral-950 px-2 py-1.5">
          {ORDERS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {error && (
          <p role="alert" className="text-sm text-rose-300">
            {error.message}
          </p>
        )}
        <div className="mt-2 flex items-center justify-between gap-2">
          <button
            type="button"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete the album “${album.title}”? Its photos and videos stay in the library.`)) remove.mutate(album.id, { onSuccess: () => router.push('/albums') });
            }}
            className="rounded px-3 py-1.5 text-rose-300 hover:bg-rose-950"
          >
            Delete album
          </button>
          <button type="submit" disabled={update.isPending || !title.trim()} className="rounded bg-sky-700 px-3 py-1.5 hover:bg-sky-600 disabled:opacity-50">
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
