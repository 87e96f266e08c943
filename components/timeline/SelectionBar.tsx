'use client';
// Bulk actions for the selected assets; which ones depend on the view. "Edit date" (all views
// but the trash) opens the date dialog for the whole selection (components/asset-edits).
import { CalendarClock, X } from 'lucide-react';
import type { BulkAction } from '@/lib/assets/assets.schemas';
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
  count: number;
  busy: boolean;
  error: string | null;
  onAction: (action: BulkAction) => void;
  onEditDate?: () => void;
  onClear: () => void;
}

export function SelectionBar({ view, count, busy, error, onAction, onEditDate, onClear }: Props) {
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
      {onEditDate && view !== 'trash' && (
        <button type="button" disabled={busy} onClick={onEditDate} className="flex items-center gap-1.5 rounded bg-neutral-800 px-3 py-1 hover:bg-neutral-700 disabled:opacity-50" data-testid="selection-edit-date">
          <CalendarClock aria-hidden size={16} />
          Edit date
        </button>
      )}
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
    </div>
  );
}
