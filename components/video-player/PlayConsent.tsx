'use client';
// Safe-for-work previews on the video page: the player is covered (blurred, still) and asks
// once "Play?"; answering shows it and starts playing (the page does not autoplay meanwhile).
import { Play } from 'lucide-react';
import { type ReactNode, useState } from 'react';

export function PlayConsent({ asking, title, onPlay, children }: { asking: boolean; title: string; onPlay: () => void; children: ReactNode }) {
  const [waiting, setWaiting] = useState(asking);
  // One tree whether asking or not: answering must not remount the player.
  return (
    <div className="relative">
      <div aria-hidden={waiting || undefined} inert={waiting} className={waiting ? 'pointer-events-none blur-2xl saturate-50' : undefined}>
        {children}
      </div>
      {waiting && (
        <div className="absolute inset-0 z-10 flex flex-col items-center justify-center gap-3 bg-black/60 text-center" data-testid="play-consent">
          <p className="px-4 text-sm text-neutral-200">Previews are blurred. Show and play “{title}”?</p>
          <button
            type="button"
            autoFocus
            onClick={() => {
              setWaiting(false);
              onPlay();
            }}
            className="flex items-center gap-2 rounded-full bg-sky-700 px-5 py-2.5 font-medium text-white hover:bg-sky-600"
          >
            <Play aria-hidden size={18} className="fill-current" />
            Play?
          </button>
        </div>
      )}
    </div>
  );
}
