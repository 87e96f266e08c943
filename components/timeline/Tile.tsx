'use client';
// One picture in a justified row. While the list flings past, a tile is only its picture's
// average colour (from the thumbhash): no image to decode, paint or request, which a trace of
// a fling showed to be most of each frame. Once the list slows, the thumbhash paints at once
// and the thumbnail loads over it; when the thumbnail has loaded, the thumbhash leaves (one
// image less to paint per frame). Tiles load lazily (rows the list renders only for an instant
// while it jumps and anchors do not queue requests: eager loading asked for 30–50 thumbnails
// of such rows per jump), those on screen at high priority, those in the overscan at low, so
// the visible ones come first through the browser's six connections. Videos carry a duration badge, which
// on a tile too narrow for it (an upright video on a phone) keeps only its play icon; the
// duration stays in the link's name. The focus ring is drawn inside the link: the tile clips
// whatever lies outside it, which hid an outer ring from keyboard users.
import { Check, Heart, Play } from 'lucide-react';
import { memo, useState, type MouseEvent } from 'react';
import { formatDuration } from './format';
import { thumbhashAverageColour } from '@/lib/client/thumbhash-url';
import { timelineThumbnailUrl } from '@/lib/timeline/thumbnail-url';
import { ThumbhashImage } from './ThumbhashImage';

interface TileProps {
  id: string;
  /** The month it is grouped under, told to onActivate. */
  month: string;
  href: string;
  width: number;
  height: number;
  thumbhash: string | null;
  isVideo: boolean;
  durationMs: number | null;
  favourite: boolean;
  selected: boolean;
  /** False while the list flings past: the average colour alone, no request for the thumbnail. */
  showImage: boolean;
  /** In the viewport now (not only in the overscan): loads first. */
  onScreen?: boolean;
  alt: string;
  onActivate: (event: MouseEvent, id: string, month: string) => void;
  onToggle: (event: MouseEvent, id: string) => void;
}

/** Whether the play icon and "1:01:40" fit: icon 12, gap 4, ~6.5 px a character at 12 px, padding 8, margins 8. */
const badgeFits = (text: string, tileWidth: number) => 12 + 4 + text.length * 6.5 + 8 + 8 <= tileWidth;

export const Tile = memo(function Tile(props: TileProps) {
  // Once asked for, a thumbnail stays: a fling starting over it must not blank it again.
  const [imageWanted, setImageWanted] = useState(props.showImage);
  const [loaded, setLoaded] = useState(false);
  if (props.showImage && !imageWanted) setImageWanted(true);
  const duration = props.isVideo && props.durationMs != null ? formatDuration(props.durationMs) : null;
  const colour = props.thumbhash ? thumbhashAverageColour(props.thumbhash) : null;
  return (
    <div
      className={`group relative shrink-0 overflow-hidden bg-neutral-800 ${props.selected ? 'ring-4 ring-sky-500 ring-inset' : ''}`}
      style={{ width: props.width, height: props.height, backgroundColor: colour ?? undefined }}
      data-testid="tile"
      data-selected={props.selected || undefined}
    >
      {props.thumbhash && imageWanted && !loaded && <ThumbhashImage thumbhash={props.thumbhash} />}
      <a href={props.href} aria-label={duration ? `${props.alt}, ${duration}` : props.alt} onClick={(e) => props.onActivate(e, props.id, props.month)} className="relative block h-full w-full focus:outline-3 focus:-outline-offset-3 focus:outline-sky-400">
        {/* eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth; no optimizer */}
        {imageWanted && <img
          src={timelineThumbnailUrl(props.id, props.thumbhash)}
          alt={props.alt}
          loading="lazy"
          fetchPriority={props.onScreen ? 'high' : 'low'}
          decoding="async"
          onLoad={() => setLoaded(true)}
          data-asset-id={props.id}
          className={`h-full w-full object-cover transition-transform ${props.selected ? 'scale-90' : ''}`}
        />}
      </a>
      {props.isVideo && (
        <span className="pointer-events-none absolute right-1 top-1 flex items-center gap-1 rounded bg-black/70 px-1 py-0.5 text-xs leading-none text-white tabular-nums" data-testid="duration-badge">
          <Play aria-hidden size={12} className="fill-current" />
          {duration && badgeFits(duration, props.width) && duration}
        </span>
      )}
      {props.favourite && <Heart aria-hidden size={16} className="pointer-events-none absolute bottom-1 left-1 fill-current text-white drop-shadow" data-testid="favourite-mark" />}
      <button
        type="button"
        aria-label={`Select ${props.alt}`}
        aria-pressed={props.selected}
        onClick={(e) => props.onToggle(e, props.id)}
        className={`absolute left-1 top-1 flex h-6 w-6 items-center justify-center rounded-full border-2 border-white text-white focus:opacity-100 ${props.selected ? 'bg-sky-600 opacity-100' : 'bg-black/30 opacity-0 group-hover:opacity-100'}`}
      >
        {props.selected && <Check aria-hidden size={14} strokeWidth={3} />}
      </button>
    </div>
  );
});
