'use client';
// A motion photo or Live Photo in the viewer: the still, with a play badge at its top. The
// badge (a button: Enter and Space work) plays the short video muted over the still, once, and
// the still comes back when it ends; pressing and holding the photo (touch or mouse) plays it
// for as long as the hold lasts, like a phone's gallery. The video fades in only once it is
// playing, so a slow start shows the still rather than a black box.
import { Pause, Play } from 'lucide-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';

// Long enough that a tap, a click or a double-click (zoom) is not a hold.
const HOLD_MS = 300;

type Playing = 'no' | 'once' | 'held';

/** `ratio`: the picture's width / height (upright), so the badge and the hold sit on the picture itself, not on the bands around it. */
export function MotionPhoto({ assetId, ratio, children }: { assetId: string; ratio: number | null; children: ReactNode }) {
  const [playing, setPlaying] = useState<Playing>('no');
  const [started, setStarted] = useState(false);
  const holdTimer = useRef<number | null>(null);

  const stop = () => {
    setPlaying('no');
    setStarted(false);
  };
  const cancelHold = () => {
    if (holdTimer.current !== null) window.clearTimeout(holdTimer.current);
    holdTimer.current = null;
  };
  useEffect(
    () => () => {
      if (holdTimer.current !== null) window.clearTimeout(holdTimer.current);
    },
    [],
  );

  const release = () => {
    cancelHold();
    if (playing === 'held') stop();
  };

  // The picture's box as object-contain shows it: as large as fits the viewer's width and height.
  const box = ratio ? { aspectRatio: String(ratio), width: `min(100cqw, calc(100cqh * ${ratio}))` } : { width: '100%', height: '100%' };
  return (
    <div className="flex h-full w-full items-center justify-center [container-type:size]">
      <div
        className="relative select-none [-webkit-touch-callout:none]"
        style={box}
        onPointerDown={(e) => {
          if (e.button !== 0 || playing !== 'no') return;
          cancelHold();
          holdTimer.current = window.setTimeout(() => setPlaying('held'), HOLD_MS);
        }}
        onPointerUp={release}
        onPointerLeave={release}
        onPointerCancel={release}
        // A long press would open the browser's image menu instead of playing.
        onContextMenu={(e) => e.preventDefault()}
        onDragStart={(e) => e.preventDefault()}
        data-testid="motion-photo"
      >
        {children}
        {playing !== 'no' && (
          <video
            src={`/api/assets/${assetId}/motion`}
            muted
            autoPlay
            playsInline
            preload="auto"
            aria-hidden
            tabIndex={-1}
            onPlaying={() => setStarted(true)}
            onEnded={stop}
            onError={stop}
            className={`pointer-events-none absolute inset-0 h-full w-full object-contain transition-opacity duration-150 ${started ? 'opacity-100' : 'opacity-0'}`}
            data-testid="motion-video"
            data-state={started ? 'playing' : 'loading'}
          />
        )}
        {/* Top centre: clear of the previous/next strips along the viewer's edges. */}
        <button
          type="button"
          className="absolute left-1/2 top-3 z-10 flex -translate-x-1/2 items-center gap-1.5 rounded-full bg-black/60 px-3 py-1.5 text-xs font-semibold uppercase tracking-wide text-white shadow hover:bg-black/80 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white"
          onPointerDown={(e) => e.stopPropagation()}
          onClick={() => (playing === 'no' ? setPlaying('once') : stop())}
          aria-label={playing === 'no' ? 'Play motion' : 'Stop motion'}
          data-testid="motion-badge"
        >
          {playing === 'no' ? <Play aria-hidden size={14} className="fill-current" /> : <Pause aria-hidden size={14} className="fill-current" />}
          <span>Motion</span>
        </button>
      </div>
    </div>
  );
}
