'use client';
// One video in the catalogue grid. The whole card is one link to the video's page: the link
// sits on the title and stretches over the card (its ::after covers it), so middle-click and
// ctrl-click open a new tab the browser's own way, and the link's name is what it shows, the
// title and duration (axe's label-in-name). A middle-button drag opens nothing. Poster with
// hover teaser and scrub, duration, the user's resume point, title on at most two lines, the
// day it was filmed and the user's like and rating (also said to screen readers).
import { Heart, Star } from 'lucide-react';
import Link from 'next/link';
import { memo, useId } from 'react';
import type { CatalogueCard } from '@/lib/client/catalogue-contract';
import { formatDuration } from '@/components/timeline/format';
import { CardPreview } from './CardPreview';
import { useCardPreview } from './use-card-preview';
import { useMiddleDragGuard } from './use-middle-drag-guard';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** What the hints say to a screen reader (the link's description). */
function describe(video: CatalogueCard, filmed: string): string {
  const parts = [`filmed ${filmed}`];
  if (video.liked) parts.push('liked');
  if (video.rating !== null) parts.push(`rated ${video.rating} of 5`);
  if (video.resumeAt !== null) parts.push(`resume at ${formatDuration(video.resumeAt * 1000)}`);
  return parts.join(', ');
}

interface Props {
  video: CatalogueCard;
  /** In select mode: whether it is ticked, and what a click on the card does. */
  selected?: boolean;
  onSelect?: (range: boolean) => void;
}

export const VideoCard = memo(function VideoCard({ video, selected, onSelect }: Props) {
  const guard = useMiddleDragGuard();
  const preview = useCardPreview();
  const descriptionId = useId();
  const duration = video.durationMs != null ? formatDuration(video.durationMs) : null;
  const resumed = video.resumeAt !== null && video.durationMs ? Math.min(1, (video.resumeAt * 1000) / video.durationMs) : null;
  const filmed = dayFormat.format(new Date(`${video.takenAt}Z`));
  return (
    <div className="group relative" data-testid="video-card" data-preview-scope {...preview.handlers}>
      {onSelect && (
        // Select mode: the whole card ticks (shift: the run from the last one), above its link.
        <label className="absolute -inset-1.5 z-10 cursor-pointer rounded-xl has-[:checked]:bg-sky-500/15 has-[:checked]:outline-3 has-[:checked]:outline-sky-400 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-sky-300">
          <input
            type="checkbox"
            checked={selected ?? false}
            readOnly
            onClick={(e) => onSelect(e.shiftKey)}
            aria-label={`Select ${video.title}`}
            className="absolute top-3 left-3 h-5 w-5 accent-sky-500"
            data-testid="card-select"
          />
        </label>
      )}
      <CardPreview video={video} posterRef={preview.poster} hovered={preview.hovered} scrub={preview.scrub}>
        {duration && (
          <span className="absolute right-1.5 bottom-1.5 rounded bg-black/75 px-1.5 py-0.5 text-xs text-white tabular-nums" data-testid="card-duration">
            {duration}
          </span>
        )}
        {resumed !== null && (
          <span className="absolute inset-x-0 bottom-0 h-1 bg-white/25" data-testid="resume-bar">
            <span className="block h-full bg-sky-500" style={{ width: `${resumed * 100}%` }} />
          </span>
        )}
      </CardPreview>
      {/* A fixed height for two title lines and the hints: every card the same size (the grid's rows). */}
      <div className="mt-2 h-16 px-0.5">
        <h3 className="line-clamp-2 text-sm leading-5 font-medium break-words text-neutral-100 group-hover:text-white">
          <Link
            href={`/videos/${video.id}`}
            prefetch={false}
            aria-label={duration ? `${video.title}, ${duration}` : video.title}
            aria-describedby={descriptionId}
            onPointerDown={guard.onPointerDown}
            onAuxClick={guard.onAuxClick}
            className="outline-none after:absolute after:inset-0 after:-m-1.5 after:rounded-xl after:content-[''] focus-visible:after:outline-3 focus-visible:after:outline-sky-400"
          >
            {video.title}
          </Link>
        </h3>
        <p className="mt-1 flex h-5 items-center gap-2 text-xs text-neutral-400">
          <span id={descriptionId} className="sr-only">
            {describe(video, filmed)}
          </span>
          <span aria-hidden className="min-w-0 flex-1 truncate">
            {filmed}
          </span>
          {video.liked && <Heart aria-hidden size={14} className="shrink-0 fill-current text-rose-400" data-testid="liked-hint" />}
          {video.rating !== null && (
            <span aria-hidden className="flex shrink-0 items-center gap-0.5 text-amber-300" data-testid="rating-hint">
              <Star size={14} className="fill-current" />
              {video.rating}
            </span>
          )}
        </p>
      </div>
    </div>
  );
});
