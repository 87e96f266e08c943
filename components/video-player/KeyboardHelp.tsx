'use client';
// The list of the player's keys (from the same table the handler uses), in a modal <dialog>:
// the browser keeps focus inside it and Esc closes it.
import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { KEY_HELP } from './player-keys';

export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="player-keys-title"
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-neutral-700 bg-neutral-900 p-4 text-neutral-100 backdrop:bg-black/60"
      data-testid="keyboard-help"
    >
      <div className="mb-3 flex items-center justify-between">
        <h2 id="player-keys-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <button type="button" onClick={onClose} aria-label="Close" className="rounded p-1 hover:bg-white/10">
          <X aria-hidden size={20} />
        </button>
      </div>
      <dl className="space-y-1.5 text-sm">
        {KEY_HELP.map(([keys, what]) => (
          <div key={keys} className="grid gap-x-4 sm:grid-cols-[14rem_1fr]">
            <dt className="font-mono text-sky-300">{keys}</dt>
            <dd className="text-neutral-200">{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-neutral-400">Keys work anywhere on the page except while typing in a field.</p>
    </dialog>
  );
}
