'use client';
// "Add to album" (timeline selection, viewer): a modal (native <dialog>: focus stays inside, Esc
// closes) listing the albums the user may add to — their own and those they contribute to — and
// "New album…", which makes one with these items in it. Says what happened, with a link to it.
import { Plus, X } from 'lucide-react';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { AlbumView } from '@/lib/albums/albums.schemas';
import { useAddAlbumItems, useAlbums, useCreateAlbum } from '@/lib/client/album-queries';

interface Props {
  assetIds: string[];
  onClose: () => void;
  /** After the items went in (the selection clears). */
  onAdded?: (album: { id: string; title: string }) => void;
}

export function AddToAlbumDialog({ assetIds, onClose, onAdded }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { data: albums, isPending: loading } = useAlbums();
  const add = useAddAlbumItems();
  const create = useCreateAlbum();
  const [naming, setNaming] = useState(false);
  const [title, setTitle] = useState('');
  const [done, setDone] = useState<{ id: string; title: string; added: number } | null>(null);
  const writable = (albums ?? []).filter((a) => a.role !== 'viewer');
  const count = assetIds.length === 1 ? 'this item' : `${assetIds.length} items`;

  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);

  const addTo = (album: AlbumView) =>
    add.mutate(
      { albumId: album.id, assetIds },
      {
        onSuccess: (r) => {
          setDone({ id: album.id, title: album.title, added: r.changed });
          onAdded?.(album);
        },
      },
    );
  const makeNew = () =>
    create.mutate(
      { title, assetIds },
      {
        onSuccess: (album) => {
          setDone({ id: album.id, title: album.title, added: album.itemCount });
          onAdded?.(album);
        },
      },
    );
  const error = add.error ?? create.error;
  const busy = add.isPending || create.isPending;

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="add-to-album-title"
      className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-lg border border-neutral-700 bg-neutral-900 p-4 text-neutral-100 backdrop:bg-black/60"
      data-testid="add-to-album-dialog"
    >
      <div className="mb-3 flex items-center gap-2">
        <h2 id="add-to-album-title" className="min-w-0 flex-1 truncate font-semibold">
          Add {count} to an album
        </h2>
        <button type="button" aria-label="Close" onClick={() => dialog.current?.close()} className="rounded p-1 hover:bg-neutral-800">
          <X aria-hidden size={16} />
        </button>
      </div>
      {done ? (
        <p role="status" className="text-sm text-emerald-300">
          {done.added === 0 ? `Already in “${done.title}”.` : `Added to “${done.title}”.`}{' '}
          <Link href={`/albums/${done.id}`} className="text-sky-400 underline">
            Open the album
          </Link>
        </p>
      ) : naming ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            makeNew();
          }}
          className="flex flex-col gap-2"
        >
          <label htmlFor="new-album-title" className="text-sm text-neutral-300">
            Album title
          </label>
          <input
            id="new-album-title"
            autoFocus
            required
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            className="rounded border border-neutral-600 bg-neutral-950 px-2 py-1.5"
          />
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => setNaming(false)} className="rounded px-3 py-1.5 hover:bg-neutral-800">
              Back
            </button>
            <button type="submit" disabled={busy || !title.trim()} className="rounded bg-sky-700 px-3 py-1.5 hover:bg-sky-600 disabled:opacity-50">
              Create
            </button>
          </div>
        </form>
      ) : (
        <ul className="flex max-h-80 flex-col gap-1 overflow-y-auto" aria-label="Albums">
          <li>
            <button type="button" onClick={() => setNaming(true)} className="flex w-full items-center gap-2 rounded px-2 py-2 text-left hover:bg-neutral-800">
              <Plus aria-hidden size={18} /> New album…
            </button>
          </li>
          {loading && <li className="px-2 py-2 text-sm text-neutral-300">Loading albums…</li>}
          {writable.map((album) => (
            <li key={album.id}>
              <button type="button" disabled={busy} onClick={() => addTo(album)} className="flex w-full items-center gap-3 rounded px-2 py-1.5 text-left hover:bg-neutral-800 disabled:opacity-50">
                {album.coverUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth
                  <img src={album.coverUrl} alt="" className="h-10 w-10 shrink-0 rounded object-cover" />
                ) : (
                  <span aria-hidden className="h-10 w-10 shrink-0 rounded bg-neutral-800" />
                )}
                <span className="min-w-0 flex-1">
                  <span className="block truncate">{album.title}</span>
                  <span className="block text-xs text-neutral-300">
                    {album.itemCount} {album.itemCount === 1 ? 'item' : 'items'}
                    {album.role === 'contributor' && ` · shared by ${album.owner.name}`}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-rose-300">
          {error.message}
        </p>
      )}
    </dialog>
  );
}
