'use client';
// This user's dated markers: add one at the current time (optional title and end), list them
// with when they were made, jump to one, remove one. They also show as ticks on the progress bar.
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { fieldErrorsOf } from '@/lib/client/api';
import { useAddMarker, useRemoveMarker } from '@/lib/client/video-queries';
import type { MarkerView } from '@/lib/interactions/interactions.schemas';
import { DateText } from './DateText';
import { formatClock, parseClock } from './format-time';
import { fieldClass, primaryButton, quietButton, Section } from './Section';
import { TimeButton } from './TimeButton';
import { usePlayerController } from './use-player';

function MarkerForm({ assetId, onDone }: { assetId: string; onDone: () => void }) {
  const controller = usePlayerController();
  const add = useAddMarker(assetId);
  const [start, setStart] = useState(() => formatClock(controller.time()));
  const [end, setEnd] = useState('');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fields = fieldErrorsOf(add.error);
  return (
    <form
      className="mb-3 grid gap-2 sm:grid-cols-[6rem_6rem_1fr_auto] sm:items-end"
      data-testid="marker-form"
      onSubmit={(e) => {
        e.preventDefault();
        const seconds = parseClock(start);
        const endSeconds = end.trim() ? parseClock(end) : null;
        if (seconds === null || (end.trim() && endSeconds === null)) return setProblem('Write times as 1:23 or 1:02:03.');
        setProblem(null);
        add.mutate({ seconds, endSeconds, title: title.trim() || null }, { onSuccess: onDone });
      }}
    >
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Start</span>
        <input value={start} onChange={(e) => setStart(e.target.value)} className={fieldClass} inputMode="numeric" required />
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">End (optional)</span>
        <span className="flex gap-1">
          <input value={end} onChange={(e) => setEnd(e.target.value)} className={fieldClass} inputMode="numeric" />
          <button type="button" className={quietButton} onClick={() => setEnd(formatClock(controller.time()))} aria-label="End now">
            Now
          </button>
        </span>
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Title (optional)</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} className={fieldClass} />
      </label>
      <span className="flex gap-1">
        <button type="submit" className={primaryButton} disabled={add.isPending}>
          Save marker
        </button>
        <button type="button" className={quietButton} onClick={onDone}>
          Cancel
        </button>
      </span>
      {(problem || add.error) && (
        <p role="alert" className="text-sm text-red-400 sm:col-span-4">
          {problem ?? fields.endSeconds?.[0] ?? add.error?.message}
        </p>
      )}
    </form>
  );
}

export function MarkerPanel({ assetId, markers }: { assetId: string; markers: MarkerView[] }) {
  const [adding, setAdding] = useState(false);
  const remove = useRemoveMarker(assetId);
  return (
    <Section
      title="Markers"
      testId="markers"
      actions={
        !adding && (
          <button type="button" className={primaryButton} onClick={() => setAdding(true)}>
            Add marker
          </button>
        )
      }
    >
      {adding && <MarkerForm assetId={assetId} onDone={() => setAdding(false)} />}
      {markers.length === 0 && !adding && <p className="text-sm text-neutral-400">No markers yet. Add one at the current time.</p>}
      <ul className="space-y-1.5 text-sm">
        {markers.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-x-3 gap-y-0.5" data-testid="marker">
            <span>
              <TimeButton seconds={m.seconds} />
              {m.endSeconds != null && (
                <>
                  {' – '}
                  <TimeButton seconds={m.endSeconds} />
                </>
              )}
            </span>
            <span className="min-w-0 flex-1 break-words">{m.title ?? <span className="text-neutral-400">Untitled</span>}</span>
            <DateText iso={m.createdAt} className="text-xs text-neutral-400" />
            <button type="button" className={quietButton} onClick={() => remove.mutate(m.id)} disabled={remove.isPending} aria-label={`Remove marker at ${formatClock(m.seconds)}`}>
              <Trash2 aria-hidden size={16} />
            </button>
          </li>
        ))}
      </ul>
      {remove.error && (
        <p role="alert" className="text-sm text-red-400">
          {remove.error.message}
        </p>
      )}
    </Section>
  );
}
