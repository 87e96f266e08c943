'use client';
// "Edit date" for one photo (the viewer's info panel) or many (the timeline's selection bar): a
// modal (the native <dialog>: focus stays inside, Esc closes) that either sets one date and time,
// with an optional UTC offset, or shifts every selected item by days, hours and minutes (a camera
// clock an hour off). The date is stored by Shoebox, never written to the file; Revert undoes it.
import { X } from 'lucide-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '@/lib/client/api';
import { type DateChangeInput, useEditDates } from '@/lib/client/date-edits-api';

interface Current {
  takenAtLocal: string;
  takenAtUtc: string | null;
}

/** "+02:00" from a wall clock and its instant; '' when the zone is unknown. */
export function offsetText(local: string, utc: string | null): string {
  if (!utc) return '';
  const minutes = Math.round((Date.parse(`${local}Z`) - Date.parse(utc)) / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function problemsOf(error: unknown): string[] {
  if (!(error instanceof ApiError)) return error ? ['Something went wrong.'] : [];
  const fields = Object.values(error.fieldErrors).flat();
  const form = (error.details as { formErrors?: string[] } | undefined)?.formErrors ?? [];
  return fields.length + form.length > 0 ? [...form, ...fields] : [error.message];
}

const input = 'w-full rounded border border-neutral-600 bg-neutral-800 px-2 py-1.5 text-neutral-100';
const labelText = 'mb-1 block text-sm text-neutral-300';

export function EditDateDialog({ ids, current, onClose, onDone }: { ids: string[]; current?: Current; onClose: () => void; onDone?: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const edit = useEditDates();
  const [mode, setMode] = useState<'set' | 'shift'>('set');
  const [date, setDate] = useState(current?.takenAtLocal.slice(0, 10) ?? '');
  const [time, setTime] = useState(current?.takenAtLocal.slice(11, 19) ?? '12:00:00');
  const [offset, setOffset] = useState(current ? offsetText(current.takenAtLocal, current.takenAtUtc) : '');
  const [shift, setShift] = useState({ days: '0', hours: '0', minutes: '0' });

  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);

  const many = ids.length > 1;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const change: DateChangeInput =
      mode === 'set'
        ? { mode, dateTime: `${date}T${time.length === 5 ? `${time}:00` : time}`, ...(offset.trim() ? { offset: offset.trim() } : {}) }
        : { mode, days: Number(shift.days) || 0, hours: Number(shift.hours) || 0, minutes: Number(shift.minutes) || 0 };
    edit.mutate({ ids, change }, { onSuccess: () => (onDone ?? (() => dialog.current?.close()))() });
  };
  const problems = problemsOf(edit.error);

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby={`${id}-title`}
      className="m-auto w-[min(26rem,calc(100vw-1.5rem))] rounded-lg border border-neutral-700 bg-neutral-900 p-4 text-neutral-100 backdrop:bg-black/60"
      data-testid="edit-date-dialog"
    >
      <form onSubmit={submit}>
        <div className="mb-3 flex items-center gap-2">
          <h2 id={`${id}-title`} className="min-w-0 flex-1 font-semibold">
            {many ? `Edit the date of ${ids.length} items` : 'Edit date'}
          </h2>
          <button type="button" aria-label="Close" onClick={() => dialog.current?.close()} className="rounded p-1 hover:bg-neutral-800">
            <X aria-hidden size={16} />
          </button>
        </div>
        <fieldset className="mb-3 flex gap-4">
          <legend className="sr-only">How to change the date</legend>
          {(['set', 'shift'] as const).map((m) => (
            <label key={m} className="flex items-center gap-2 text-sm">
              <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} />
              {m === 'set' ? 'Set a date' : 'Shift by'}
            </label>
          ))}
        </fieldset>
        {mode === 'set' ? (
          <div className="grid grid-cols-2 gap-3">
            <label>
              <span className={labelText}>Date</span>
              <input type="date" required min="1800-01-01" max="2100-12-31" value={date} onChange={(e) => setDate(e.target.value)} className={input} data-testid="edit-date-date" />
            </label>
            <label>
              <span className={labelText}>Time</span>
              <input type="time" required step={1} value={time} onChange={(e) => setTime(e.target.value)} className={input} data-testid="edit-date-time" />
            </label>
            <div className="col-span-2">
              <label>
                <span className={labelText}>UTC offset (optional)</span>
                <input
                  type="text"
                  placeholder="+02:00"
                  pattern="[Zz]|[+\-][0-9]{2}:?[0-9]{2}"
                  value={offset}
                  onChange={(e) => setOffset(e.target.value)}
                  className={input}
                  aria-describedby={`${id}-offset-help`}
                  data-testid="edit-date-offset"
                />
              </label>
              {/* Outside the label: the input's name stays "UTC offset (optional)", the help its description. */}
              <p id={`${id}-offset-help`} className="mt-1 text-xs text-neutral-300">
                {many ? 'Empty: each item keeps its own offset, if it has one.' : 'Empty: keep the offset it has, if any.'} From −14:00 to +14:00.
              </p>
            </div>
          </div>
        ) : (
          <div className="grid grid-cols-3 gap-3">
            {(['days', 'hours', 'minutes'] as const).map((unit) => (
              <label key={unit}>
                <span className={`${labelText} capitalize`}>{unit}</span>
                <input
                  type="number"
                  step={1}
                  value={shift[unit]}
                  onChange={(e) => setShift((s) => ({ ...s, [unit]: e.target.value }))}
                  className={input}
                  data-testid={`edit-date-shift-${unit}`}
                />
              </label>
            ))}
            <p className="col-span-3 text-xs text-neutral-300">Negative numbers move back in time. The items keep their spacing.</p>
          </div>
        )}
        <p className="mt-3 text-xs text-neutral-300">Shoebox keeps the new date itself; the file is not changed, and Revert brings the file’s date back.</p>
        <div role="alert" className="mt-2 min-h-5 text-sm text-rose-300" data-testid="edit-date-error">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
        <div className="mt-3 flex justify-end gap-2">
          <button type="button" onClick={() => dialog.current?.close()} className="rounded px-3 py-1.5 hover:bg-neutral-800">
            Cancel
          </button>
          <button type="submit" disabled={edit.isPending} className="rounded bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-600 disabled:opacity-50" data-testid="edit-date-save">
            {edit.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
