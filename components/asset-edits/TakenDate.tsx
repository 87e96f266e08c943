'use client';
// The info panel's date: when it was taken (with its UTC offset) and how we know. A date set by
// hand carries an "edited" mark, the file's own date under it and, for the owner, "Revert";
// the owner also gets "Edit date" (EditDateDialog).
import { CalendarClock, Undo2 } from 'lucide-react';
import { useState } from 'react';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { useRevertDates } from '@/lib/client/date-edits-api';
import { EditDateDialog, offsetText } from './EditDateDialog';

const SOURCE: Record<AssetDetails['takenAtSource'], string> = {
  exif: 'from the camera (EXIF)',
  xmp: 'from XMP metadata',
  filename: 'from the file name',
  mtime: 'from the file’s modification time',
  container: 'from the video’s metadata',
  manual: 'set by hand',
};

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' });

/** "Sunday, 14 July 1987 at 16:45 (UTC+02:00)". */
export function takenText(local: string, utc: string | null): string {
  const offset = offsetText(local, utc);
  return `${dateFormat.format(new Date(`${local}Z`))}${offset ? ` (UTC${offset.replace('-', '−')})` : ''}`;
}

const small = 'inline-flex items-center gap-1 rounded bg-neutral-800 px-2 py-1 text-xs text-neutral-100 hover:bg-neutral-700 disabled:opacity-50';

export function TakenDate({ asset }: { asset: AssetDetails }) {
  const [editing, setEditing] = useState(false);
  const revert = useRevertDates();
  const edited = asset.dateEdited;
  return (
    <>
      <div>
        <dt className="text-xs uppercase tracking-wide text-neutral-400">Taken</dt>
        <dd className="break-words text-neutral-100" data-testid="taken-date">
          {takenText(asset.takenAtLocal, asset.takenAtUtc)}
          {edited && (
            <span className="ml-2 rounded bg-amber-900/70 px-1.5 py-0.5 text-xs text-amber-100" data-testid="date-edited-mark">
              edited
            </span>
          )}
        </dd>
        {edited && (
          <dd className="mt-1 text-xs text-neutral-300" data-testid="date-original">
            The file says {takenText(edited.original.takenAtLocal, edited.original.takenAtUtc)}, {SOURCE[edited.original.takenAtSource]}.
          </dd>
        )}
        {asset.canEdit && (
          <dd className="mt-2 flex flex-wrap gap-2">
            <button type="button" className={small} onClick={() => setEditing(true)} data-testid="edit-date">
              <CalendarClock aria-hidden size={14} /> Edit date
            </button>
            {edited && (
              <button type="button" className={small} onClick={() => revert.mutate([asset.id])} disabled={revert.isPending} data-testid="revert-date">
                <Undo2 aria-hidden size={14} /> Revert
              </button>
            )}
            {/* Inside the dd: a <dl> holds only dt/dd groups (axe's definition-list rule). */}
            {editing && <EditDateDialog ids={[asset.id]} current={asset} onClose={() => setEditing(false)} />}
          </dd>
        )}
        {revert.error && (
          <dd role="alert" className="mt-1 text-xs text-rose-300">
            {revert.error.message}
          </dd>
        )}
      </div>
      <div>
        <dt className="text-xs uppercase tracking-wide text-neutral-400">Date source</dt>
        <dd className="break-words text-neutral-100">{SOURCE[asset.takenAtSource]}</dd>
      </div>
    </>
  );
}
