'use client';
// A card's picture: the poster, and while a mouse or pen rests on it (never on touch) the small
// teaser playing muted in place. The bottom third is a scrub strip: there the sprite's tile
// for the time under the pointer covers the poster, with that time. The sprite's cues are
// fetched on the first hover. A video without teaser or sprite yet keeps its poster.
import { Film } from 'lucide-react';
import { type PointerEvent, type ReactNode, useState } from 'react';
import { cueAt } from '@/lib/client/sprite-cues';
import type { VideoCard } from '@/lib/catalogue/catalogue.schemas';
import { formatDuration } from '@/components/timeline/format';
import { SpriteTile } from './SpriteTile';
import { Teaser } from './Teaser';
import { useSpriteSheet } from './use-sprite-sheet';

interface Scrub {
  fraction: number;
  width: number;
  height: number;
}

/** `children`: what lies on the poster (duration, resume bar), hidden while scrubbing. */
export function CardPreview({ video, children }: { video: VideoCard; children?: ReactNode }) {
  const [hovered, setHovered] = useState(false);
  const [scrub, setScrub] = useState<Scrub | null>(null);
  const sheet = useSpriteSheet(video.vttUrl, hovered);
  const durationS = video.durationMs != null ? video.durationMs / 1000 : (sheet?.cues.at(-1)?.end ?? 0);
  const time = scrub ? scrub.fraction * durationS : 0;
  const cue = scrub && sheet ? cueAt(sheet.cues, time) : null;

  const follow = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === 'touch') return;
    const box = event.currentTarget.parentElement!.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    setScrub({ fraction, width: box.width, height: box.height });
  };

  return (
    <div
      className="relative aspect-video overflow-hidden rounded-lg bg-neutral-800"
      onPointerEnter={(e) => e.pointerType !== 'touch' && setHovered(true)}
      onPointerLeave={() => {
        setHovered(false);
        setScrub(null);
      }}
    >
      {video.thumbnailUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our API with auth; no optimizer
        <img src={video.thumbnailUrl} alt="" loading="lazy" decoding="async" className="h-full w-full object-cover" data-testid="card-poster" />
      ) : (
        <Film aria-hidden size={40} className="absolute inset-0 m-auto text-neutral-500" />
      )}
      {hovered && video.teaserUrl && <Teaser url={video.teaserUrl} />}
      {cue && sheet && scrub && (
        <SpriteTile cue={cue} sheetWidth={sheet.width} sheetHeight={sheet.height} boxWidth={scrub.width} boxHeight={scrub.height} />
      )}
      {!cue && children}
      {video.hasSprite && (
        <div data-testid="scrub-strip" className="absolute inset-x-0 bottom-0 h-1/3" onPointerMove={follow} onPointerLeave={() => setScrub(null)}>
          {cue && scrub && (
            <>
              <span className="absolute inset-x-0 bottom-0 h-1 bg-white/30" />
              <span className="absolute bottom-0 h-1 bg-sky-400" style={{ width: `${scrub.fraction * 100}%` }} />
              <span
                data-testid="scrub-time"
                className="absolute bottom-2 -translate-x-1/2 rounded bg-black/80 px-1.5 py-0.5 text-xs text-white tabular-nums"
                style={{ left: `clamp(1.5rem, ${scrub.fraction * 100}%, calc(100% - 1.5rem))` }}
              >
                {formatDuration(time * 1000)}
              </span>
            </>
          )}
        </div>
      )}
    </div>
  );
}
