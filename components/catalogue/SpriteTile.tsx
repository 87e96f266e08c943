'use client';
// One tile of a seek sprite drawn over a card's poster, scaled to cover the poster's box like
// the poster itself (object-cover), cut out of the sheet with background-position.
import type { SpriteCue } from '@/lib/client/sprite-cues';

interface SpriteTileProps {
  cue: SpriteCue;
  sheetWidth: number;
  sheetHeight: number;
  /** The poster's box in CSS pixels. */
  boxWidth: number;
  boxHeight: number;
}

export function SpriteTile({ cue, sheetWidth, sheetHeight, boxWidth, boxHeight }: SpriteTileProps) {
  const scale = Math.max(boxWidth / cue.w, boxHeight / cue.h);
  return (
    <div
      aria-hidden
      data-testid="scrub-tile"
      data-tile={`${cue.x},${cue.y}`}
      className="absolute bg-no-repeat"
      style={{
        left: (boxWidth - cue.w * scale) / 2,
        top: (boxHeight - cue.h * scale) / 2,
        width: cue.w * scale,
        height: cue.h * scale,
        backgroundImage: `url("${cue.url}")`,
        backgroundSize: `${sheetWidth * scale}px ${sheetHeight * scale}px`,
        backgroundPosition: `${-cue.x * scale}px ${-cue.y * scale}px`,
      }}
    />
  );
}
