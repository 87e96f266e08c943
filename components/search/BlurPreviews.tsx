'use client';
// Safe-for-work previews. The marker (in the top bar, on every signed-in page) carries the
// switch for the CSS in globals.css, which blurs every [data-preview] until the pointer rests
// on its card or the card has keyboard focus; it also listens for Shift+B. The switch is the
// same setting as a button (the catalogue's toolbar and Settings).
import { EyeOff } from 'lucide-react';
import { useEffect, useState } from 'react';
import { setBlurPreviews, useBlurPreviews } from '@/lib/client/blur-previews';

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function BlurPreviewsMarker({ initial }: { initial: boolean }) {
  const on = useBlurPreviews(initial);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'B' || !e.shiftKey || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      e.preventDefault();
      void setBlurPreviews(!on, on).catch(() => undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on]);
  return (
    <>
      <span hidden data-sfw-marker={on ? 'on' : 'off'} />
      {/* A polite live region, not role="status": it sits in the top bar of every page, where the
          page's own status messages (an invitation sent, a password changed) are the status. */}
      <span aria-live="polite" className="sr-only">
        {on ? 'Previews are blurred' : ''}
      </span>
    </>
  );
}

export function BlurPreviewsSwitch({ initial, showLabel = false }: { initial: boolean; showLabel?: boolean }) {
  const on = useBlurPreviews(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-label="Blur previews"
        aria-keyshortcuts="Shift+B"
        title="Blur previews until pointed at (Shift+B)"
        onClick={() => setBlurPreviews(!on, on).then(() => setError(null), (e: Error) => setError(e.message))}
        className="flex items-center gap-1.5 rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800 aria-checked:bg-neutral-700 aria-checked:text-white"
        data-testid="blur-switch"
      >
        <EyeOff aria-hidden size={16} />
        <span className={showLabel ? '' : 'sr-only sm:not-sr-only'}>Blur</span>
        <span aria-hidden className={`ml-0.5 inline-block h-3 w-6 rounded-full p-px ${on ? 'bg-sky-500' : 'bg-neutral-600'}`}>
          <span className={`block h-2.5 w-2.5 rounded-full bg-white transition-transform ${on ? 'translate-x-3' : ''}`} />
        </span>
      </button>
      {showLabel && <span className="text-sm text-neutral-400">Blurs posters, frames and teasers in every list until you point at one; Shift+B anywhere.</span>}
      {error && (
        <span role="alert" className="text-sm text-rose-300">
          {error}
        </span>
      )}
    </span>
  );
}
