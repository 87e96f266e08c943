'use client';
// Bulk actions for the selected assets; which ones depend on the view. "Share link" (not in the
// trash) opens the shared-link dialog for the selection (only the user's own items may be shared);
// "Edit date" and "Set location" (all views but the trash) open the date or place dialog for the
// whole selection (the owner's items only: all or nothing).
import { useQueryClient } from '@tanstack/react-query';
import { CalendarClock, LibraryBig, Link2, MapPin, X } from 'lucide-react';
import { useState } from 'react';
import { DownloadZipButton } from '@/components/downloads/DownloadZipButton';
import { SetLocationDialog } from '@/components/places/SetLocationDialog';
import { CreateLinkDialog } from '@/components/shared-links/CreateLinkDialog';
import type { BulkAction } from '@/lib/assets/assets.schemas';
import { setAssetsLocation } from '@/lib/client/places-api';
import type { TimelineView } from '@/lib/timeline/timeline.schemas';

const ACTIONS: Record<TimelineView, { action: BulkAction; label: string }[]> = {
  timeline: [
    { action: 'favourite', label: 'Favourite' },
    { action: 'archive', label: 'Archive' },
    { action: 'trash', label: 'Trash' },
  ],
  favourites: [
    { action: 'unfavourite', label: 'Unfavourite' },
    { action: 'archive', label: 'Archive' },
    { action: 'trash', label: 'Trash' },
  ],
  archive: [
    { action: 'unarchive', label: 'Unarchive' },
    { action: 'favourite', label: 'Favourite' },
    { action: 'trash', label: 'Trash' },
  ],
  trash: [{ action: 'restore', label: 'Restore' }],
};

interface Props {
  view: TimelineView;
  selectedIds: ReadonlySet<string>;
  busy: boolean;
  error: string | null;
  onAction: (action: BulkAction) => void;
  onEditDate?: () => void;
  onClear: () => void;
  /** "Add to album" (opens the album dialog), or "Add to “X”" when the timeline was opened to pick items for album X. */
  onAddToAlbum?: () => void;
  addToTitle?: string;
}

export function SelectionBar({ view, selectedIds, busy, error, onAction, onEditDate, onClear, onAddToAlbum, addToTitle }: Props) {
  const count = selectedIds.size;
  const [sharing, setSharing] = useState<string[] | null>(null);
  const ids = [...selectedIds];
  const client = useQueryClient();
  const [placing, setPlacing] = useState(false);
  const saveLocation = async (location: { latitude: number; longitude: number }) => {
    await setAssetsLocation(ids, location);
    await Promise.all(ids.slice(0, 200).map((id) => client.invalidateQueries({ queryKey: ['asset', id] })));
    onClear();
  };
  return (
    <div
      className="sticky top-0 z-20 flex flex-wrap items-center gap-2 border-b border-neutral-800 bg-neutral-900 px-3 py-2 text-sm"
      data-testid="selection-bar"
      role="toolbar"
      aria-label="Selected items"
    >
      <button type="button" onClick={onClear} className="rounded px-2 py-1 hover:bg-neutral-800" aria-label="Clear selection">
        <X aria-hidden size={18} />
      </button>
      <span data-testid="selected-count">{count} selected</span>
      <span className="flex-1" />
      {error && <span role="alert" className="text-red-400">{error}</span>}
      {onAddToAlbum && view !== 'trash' && (
        <button
          type="button"
          disabled={busy}
          onClick={onAddToAlbum}
          className={`flex items-center gap-1.5 rounded px-3 py-1 disabled:opacity-50 ${addToTitle ? 'bg-sky-700 hover:bg-sky-600' : 'bg-neutral-800 hover:bg-neutral-700'}`}
        >
          <LibraryBig aria-hidden size={16} />
          {addToTitle ? `Add to “${addToTitle}”` : 'Add to album'}
        </button>
      )}
      {!addToTitle && view !== 'trash' && <DownloadZipButton ids={[...selectedIds]} />}
      {!addToTitle && onEditDate && view !== 'trash' && (
        <button type="button" disabled={busy} onClick={onEditDate} className="flex items-center gap-1.5 rounded bg-neutral-800 px-3 py-1 hover:bg-neutral-700 disabled:opacity-50" data-testid="selection-edit-date">
          <CalendarClock aria-hidden size={16} />
          Edit date
        </button>
      )}
      {!addToTitle && ACTIONS[view].map((a) => (
        <button
          key={a.action}
          type="button"
          disabled={busy}
          onClick={() => onAction(a.action)}
          className="rounded bg-neutral-800 px-3 py-1 hover:bg-neutral-700 disabled:opacity-50"
        >
          {a.label}
        </button>
      ))}
      {!addToTitle && view !== 'trash' && (
        <button type="button" disabled={busy} onClick={() => setPlacing(true)} className="flex items-center gap-1 rounded bg-neutral-800 px-3 py-1 hover:bg-neutral-700 disabled:opacity-50">
          <MapPin aria-hidden size={16} /> Set location
        </button>
      )}
      {placing && <SetLocationDialog subject={count === 1 ? '1 item' : `${count} items`} onClose={() => setPlacing(false)} save={saveLocation} />}
      {!addToTitle && view !== 'trash' && (
        <button type="button" onClick={() => setSharing([...selectedIds])} className="inline-flex items-center gap-1 rounded bg-neutral-800 px-3 py-1 hover:bg-neutral-700">
          <Link2 aria-hidden size={14} />
          Share link
        </button>
      )}
      {sharing && <CreateLinkDialog assetIds={sharing} onClose={() => setSharing(null)} />}
    </div>
  );
}
