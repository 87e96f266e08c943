'use client';
// Copies a value (the folder path) and says so for a moment.
import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { copyText } from './copy-text';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      onClick={async () => {
        setState((await copyText(text)) ? 'copied' : 'failed');
        window.setTimeout(() => setState('idle'), 2000);
      }}
      className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs text-neutral-300 hover:bg-white/10 hover:text-white"
      aria-label={label}
    >
      {state === 'copied' ? <Check aria-hidden size={14} /> : <Copy aria-hidden size={14} />}
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}</span>
    </button>
  );
}
