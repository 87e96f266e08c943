'use client';
// One picture in a justified row: the thumbhash paints at once underneath, the thumbnail
// loads lazily over it (lazy: rows the list renders only for an instant while it jumps do not
// queue requests ahead of the ones that stay on screen). Videos carry a duration badge.
import { memo, useState, type MouseEvent } from 'react';
import { formatDuration } from './format';
import { ThumbhashImage } from './ThumbhashImage';

export interface TileProps {
  id: string;
  href: string;
  width: number;
  height: number;
  thumbhash: string | null;
  isVideo: boolean;
  durationMs: number | null;
  favourite: boolean;
  selected: boolean;
  /** False while the list flings past: the thumbhash alone, no request for the thumbnail. */
  showImage: boolean;
  alt: string;
  onActivate: (event: MouseEvent, id: string) => void;
  onToggle: (event: MouseEvent, id: string) => void;
}

export const Tile = memo(function Tile(props: TileProps) {
  // Once asked for, a thumbnail stays: a fling starting over it must not blank it again.
  const [imageWanted, setImageWanted] = useState(props.showImage);
  if (props.showImage && !imageWanted) setImageWanted(true);
  return (
    <div
      className={`group relative shrink-0 overflow-hidden bg-neutral-800 ${props.selected ? 'ring-4 ring-sky-500 ring-inset' : ''}`}
      style={{ width: props.width, height: props.height }}
      data-testid="tile"
      data-selected={props.selected || undefined}
    >
      {props.thumbhash && <ThumbhashImage thumbhash={props.thumbhash} />}
      <a href={props.href} aria-label={props.alt} onClick={(e) => props.onActivate(e, props.id)} className="relative block h-full w-full focus:outline-2 focus:outline-sky-400">
        {/* eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth; no optimizer */}
        {imageWanted && <img
          src={`/api/assets/${props.id}/thumbnail`}
          alt={props.alt}
          loading="lazy"
          decoding="async"
          data-asset-id={props.id}
          className={`h-full w-full object-cover transition-transform ${props.selected ? 'scale-90' : ''}`}
        />}
      </a>
      {props.isVideo && (
        <span className="pointer-events-none absolute right-1 top-1 rounded bg-black/70 px-1.5 text-xs text-white" data-testid="duration-badge">
          ▶ {props.durationMs != null ? formatDuration(props.durationMs) : ''}
        </span>
      )}
      {props.favourite && <span className="pointer-events-none absolute bottom-1 left-1 text-sm text-white drop-shadow">♥</span>}
      <button
        type="button"
        aria-label={props.selected ? 'Deselect' : 'Select'}
        aria-pressed={props.selected}
        onClick={(e) => props.onToggle(e, props.id)}
        className={`absolute left-1 top-1 h-6 w-6 rounded-full border-2 border-white text-xs text-white focus:opacity-100 ${props.selected ? 'bg-sky-500 opacity-100' : 'bg-black/30 opacity-0 group-hover:opacity-100'}`}
      >
        {props.selected ? '✓' : ''}
      </button>
    </div>
  );
});
