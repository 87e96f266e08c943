'use client';
// One album: its header (title, description, dates, owner, count), the actions this user may
// take, and its items in a justified grid. The owner edits, arranges (move earlier / later),
// sets the cover and removes any item; a contributor adds and removes what they added; a viewer
// only looks. Everyone with the album sees its members (the owner manages them: Share), may
// download it as a ZIP, and reads and adds to its activity (likes, comments, who added what);
// the owner also makes shared links for people without an account.
import { ArrowDownUp, Check, ImagePlus, Link2, Pencil, X } from 'lucide-react';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AlbumItemsPage, AlbumView } from '@/lib/albums/albums.schemas';
import { useAlbum, useAlbumItems, useMoveAlbumItem, useRemoveAlbumItems, useUpdateAlbum } from '@/lib/client/album-queries';
import { formatDateRange, itemCount } from './album-format';
import { DownloadZipButton } from '@/components/downloads/DownloadZipButton';
import { CreateLinkDialog } from '@/components/shared-links/CreateLinkDialog';
import { AlbumActivityPanel } from './AlbumActivityPanel';
import { AlbumEditDialog } from './AlbumEditDialog';
import { AlbumShareDialog } from './AlbumShareDialog';
import { AlbumGrid, itemsOf } from './AlbumGrid';

const action = 'flex items-center gap-1.5 rounded px-3 py-1.5 text-sm hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400';

export function AlbumPage({ initial, firstPage, currentUserId }: { initial: AlbumView; firstPage: AlbumItemsPage; currentUserId: string }) {
  const { data: album = initial } = useAlbum(initial.id, initial);
  const pages = useAlbumItems(album.id, firstPage);
  const items = useMemo(() => itemsOf(pages.data?.pages ?? []), [pages.data]);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [arranging, setArranging] = useState(false);
  const [editing, setEditing] = useState(false);
  const [linking, setLinking] = useState(false);
  const remove = useRemoveAlbumItems(album.id);
  const cover = useUpdateAlbum(album.id);
  const move = useMoveAlbumItem(album.id);
  const isOwner = album.role === 'owner';
  const canAdd = album.role !== 'viewer';
  const dates = formatDateRange(album.startDate, album.endDate);

  const toggle = useCallback((id: string) => setSelected((prev) => {
    const next = new Set(prev);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  }), []);
  const clear = useCallback(() => setSelected(new Set()), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !editing && clear();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clear, editing]);

  const onMove = useCallback(
    (id: string, direction: 'earlier' | 'later') => {
      const index = items.findIndex((i) => i.id === id);
      const target = items[direction === 'earlier' ? index - 1 : index + 1];
      if (target) move.mutate(direction === 'earlier' ? { assetId: id, before: target.id } : { assetId: id, after: target.id });
    },
    [items, move],
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [fetchNextPage, hasNextPage, isFetchingNextPage]);

  const chosen = items.filter((i) => selected.has(i.id));
  const canRemove = chosen.length > 0 && chosen.every((i) => i.removable);
  const error = remove.error ?? cover.error ?? move.error;

  return (
    <div className="mx-auto max-w-7xl px-2 py-4 sm:px-4">
      <header className="mb-4 flex flex-col gap-2">
        <h1 className="text-2xl font-semibold break-words" data-testid="album-title">
          {album.title}
        </h1>
        {album.description && <p className="whitespace-pre-line text-neutral-300">{album.description}</p>}
        <p className="text-sm text-neutral-300">
          <span data-testid="album-count">{itemCount(album.itemCount)}</span>
          {dates && ` · ${dates}`}
          {!isOwner && ` · shared by ${album.owner.name} (you can ${album.role === 'contributor' ? 'add photos' : 'view'})`}
        </p>
        <div data-slot="album-actions" className="flex flex-wrap items-center gap-1">
          {canAdd && (
            <Link href={`/?addTo=${album.id}`} className={action}>
              <ImagePlus aria-hidden size={16} /> Add photos
            </Link>
          )}
          {isOwner && (
            <>
              <button type="button" className={action} onClick={() => setEditing(true)}>
                <Pencil aria-hidden size={16} /> Edit
              </button>
              <button type="button" className={action} aria-pressed={arranging} onClick={() => setArranging((v) => !v)}>
                {arranging ? <Check aria-hidden size={16} /> : <ArrowDownUp aria-hidden size={16} />} {arranging ? 'Done arranging' : 'Arrange'}
              </button>
            </>
          )}
          <AlbumShareDialog albumId={album.id} currentUserId={currentUserId} role={album.role} />
          {isOwner && (
            <button type="button" className={action} onClick={() => setLinking(true)}>
              <Link2 aria-hidden size={16} /> Shared link
            </button>
          )}
          {album.itemCount > 0 && <DownloadZipButton albumId={album.id} className={action} />}
        </div>
      </header>
      {selected.size > 0 && (
        <div className="sticky top-0 z-20 mb-2 flex flex-wrap items-center gap-2 rounded bg-neutral-900 px-3 py-2 text-sm" role="toolbar" aria-label="Selected items" data-testid="album-selection-bar">
          <button type="button" onClick={clear} className="rounded px-2 py-1 hover:bg-neutral-800" aria-label="Clear selection">
            <X aria-hidden size={18} />
          </button>
          <span>{selected.size} selected</span>
          <span className="flex-1" />
          {isOwner && selected.size === 1 && (
            <button type="button" disabled={cover.isPending} onClick={() => cover.mutate({ coverAssetId: [...selected][0] }, { onSuccess: clear })} className="rounded bg-neutral-800 px-3 py-1 hover:bg-neutral-700 disabled:opacity-50">
              Set as cover
            </button>
          )}
          {canAdd && (
            <button
              type="button"
              disabled={!canRemove || remove.isPending}
              title={canRemove ? undefined : 'You can remove only the items you added.'}
              onClick={() => remove.mutate([...selected], { onSuccess: clear })}
              className="rounded bg-neutral-800 px-3 py-1 hover:bg-neutral-700 disabled:opacity-50"
            >
              Remove from album
            </button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="mb-2 text-sm text-rose-300">
          {error.message}
        </p>
      )}
      {album.itemCount === 0 ? (
        <p className="mt-16 text-center text-neutral-300">{canAdd ? 'This album is empty. Choose “Add photos” to fill it.' : 'This album is empty.'}</p>
      ) : (
        <AlbumGrid
          albumId={album.id}
          items={items}
          selected={selected}
          onToggle={toggle}
          arranging={arranging}
          onMove={onMove}
          moving={move.isPending}
          hasMore={hasNextPage}
          onLoadMore={loadMore}
        />
      )}
      <AlbumActivityPanel albumId={album.id} currentUserId={currentUserId} role={album.role} className="mt-8" />
      {editing && <AlbumEditDialog album={album} onClose={() => setEditing(false)} />}
      {linking && <CreateLinkDialog albumId={album.id} onClose={() => setLinking(false)} />}
    </div>
  );
}
