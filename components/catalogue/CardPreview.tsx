'use client';
// A card's picture: the poster and, while the pointer rests on the card, the small teaser
// playing muted in place. Over the scrub strip (the poster's bottom third) the sprite's tile
// for the time under the pointer covers the poster, with that time. The sprite's cues are
// fetched on the first hover. A video without teaser or sprite yet keeps its poster.
import { Film } from 'lucide-react';
import type { ReactNode, RefObject } from 'react';
import { cueAt } from '@/lib/client/sprite-cues';
import type { CatalogueCard as VideoCard } from '@/lib/client/catalogue-contract';
import { formatDuration } from '@/components/timeline/format';
import { SpriteTile } from './SpriteTile';
import { Teaser } from './Teaser';
import type { Scrub } from './use-card-preview';
import { useSpriteSheet } from './use-sprite-sheet';

interface Props {
  video: VideoCard;
  posterRef: RefObject<HTMLDivElement | null>;
  hovered: boolean;
  scrub: Scrub | null;
  /** What lies on the poster (duration, resume bar), hidden while scrubbing. */
  children?: ReactNode;
}

export function CardPreview({ video, posterRef, hovered, scrub, children }: Props) {
  const sheet = useSpriteSheet(video.vttUrl, hovered);
  const durationS = video.durationMs != null ? video.durationMs / 1000 : (sheet?.cues.at(-1)?.end ?? 0);
  const time = scrub ? scrub.fraction * durationS : 0;
  const cue = scrub && sheet ? cueAt(sheet.cues, time) : null;
  return (
    <div ref={posterRef} className="relative aspect-video overflow-hidden rounded-lg bg-neutral-800" data-preview>
      {video.thumbnailUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our API with auth; no optimizer
        <img src={video.thumbnailUrl} alt="" loading="lazy" decoding="async" className="h-full w-full object-cover" data-testid="card-poster" />
      ) : (
        <Film aria-hidden size={40} className="absolute inset-0 m-auto text-neutral-500" />
      )}
      {hovered && video.teaserUrl && <Teaser url={video.teaserUrl} />}
      {cue && sheet && scrub ? (
        <>
          <SpriteTile cue={cue} sheetWidth={sheet.width} sheetHeight={sheet.height} boxWidth={scrub.width} boxHeight={scrub.height} />
          <span className="absolute inset-x-0 bottom-0 h-1 bg-white/30" />
          <span className="absolute bottom-0 left-0 h-1 bg-sky-400" style={{ width: `${scrub.fraction * 100}%` }} />
          <span
            aria-hidden
            data-testid="scrub-time"
            className="absolute bottom-2 -translate-x-1/2 rounded bg-black/80 px-1.5 py-0.5 text-xs text-white tabular-nums"
            style={{ left: `clamp(1.5rem, ${scrub.fraction * 100}%, calc(100% - 1.5rem))` }}
          >
            {formatDuration(time * 1000)}
          </span>
        </>
      ) : (
        children
      )}
    </div>
  );
}
