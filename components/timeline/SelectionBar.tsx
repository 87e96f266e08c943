'use client';
// Bulk actions for the selected assets; which ones depend on the view. "Set location" opens
// the place dialog for all of them (the owner's only: all or nothing).
import { useQueryClient } from '@tanstack/react-query';
import { MapPin, X } from 'lucide-react';
import { useState } from 'react';
import { SetLocationDialog } from '@/components/places/SetLocationDialog';
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
  ids: string[];
  count: number;
  busy: boolean;
  error: string | null;
  onAction: (action: BulkAction) => void;
  onClear: () => void;
}

export function SelectionBar({ view, ids, count, busy, error, onAction, onClear }: Props) {
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
      {ACTIONS[view].map((a) => (
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
      {view !== 'trash' && (
        <button type="button" disabled={busy} onClick={() => setPlacing(true)} className="flex items-center gap-1 rounded bg-neutral-800 px-3 py-1 hover:bg-neutral-700 disabled:opacity-50">
          <MapPin aria-hidden size={16} /> Set location
        </button>
      )}
      {placing && <SetLocationDialog subject={count === 1 ? '1 item' : `${count} items`} onClose={() => setPlacing(false)} save={saveLocation} />}
    </div>
  );
}
