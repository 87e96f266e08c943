'use client';
// One video in the catalogue grid: a single link to its page (middle-click or ctrl-click open
// a new tab the browser's own way; a middle-button drag does not), named by its title and
// duration. Poster with hover teaser and scrub, duration, the user's resume point, title on at
// most two lines, the day it was filmed and the user's like and rating.
import { Heart, Star } from 'lucide-react';
import Link from 'next/link';
import { memo, useId } from 'react';
import type { VideoCard as VideoCardData } from '@/lib/catalogue/catalogue.schemas';
import { formatDuration } from '@/components/timeline/format';
import { CardPreview } from './CardPreview';
import { useMiddleDragGuard } from './use-middle-drag-guard';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** What the hints say to a screen reader (the link's description). */
function describe(video: VideoCardData): string {
  const parts = [`Filmed ${dayFormat.format(new Date(`${video.takenAt}Z`))}`];
  if (video.liked) parts.push('liked');
  if (video.rating !== null) parts.push(`rated ${video.rating} of 5`);
  if (video.resumeAt !== null) parts.push(`resume at ${formatDuration(video.resumeAt * 1000)}`);
  return parts.join(', ');
}

export const VideoCard = memo(function VideoCard({ video }: { video: VideoCardData }) {
  const guard = useMiddleDragGuard();
  const descriptionId = useId();
  const duration = video.durationMs != null ? formatDuration(video.durationMs) : null;
  const resumed = video.resumeAt !== null && video.durationMs ? Math.min(1, (video.resumeAt * 1000) / video.durationMs) : null;
  return (
    <Link
      href={`/videos/${video.id}`}
      prefetch={false}
      aria-label={duration ? `${video.title}, ${duration}` : video.title}
      aria-describedby={descriptionId}
      onPointerDown={guard.onPointerDown}
      onAuxClick={guard.onAuxClick}
      data-testid="video-card"
      className="group block rounded-lg outline-offset-4 focus-visible:outline-3 focus-visible:outline-sky-400"
    >
      <CardPreview video={video}>
        {duration && (
          <span className="pointer-events-none absolute right-1.5 bottom-1.5 rounded bg-black/75 px-1.5 py-0.5 text-xs text-white tabular-nums" data-testid="card-duration">
            {duration}
          </span>
        )}
        {resumed !== null && (
          <span className="pointer-events-none absolute inset-x-0 bottom-0 h-1 bg-white/25" data-testid="resume-bar">
            <span className="block h-full bg-sky-500" style={{ width: `${resumed * 100}%` }} />
          </span>
        )}
      </CardPreview>
      <div className="mt-2 flex gap-2 px-0.5">
        <h3 className="line-clamp-2 h-10 min-w-0 flex-1 text-sm leading-5 font-medium break-words text-neutral-100 group-hover:text-white">{video.title}</h3>
      </div>
      <p id={descriptionId} className="flex h-5 items-center gap-2 px-0.5 text-xs text-neutral-400">
        <span className="sr-only">{describe(video)}</span>
        <span aria-hidden className="min-w-0 flex-1 truncate">{dayFormat.format(new Date(`${video.takenAt}Z`))}</span>
        {video.liked && <Heart aria-hidden size={14} className="shrink-0 fill-current text-rose-400" data-testid="liked-hint" />}
        {video.rating !== null && (
          <span aria-hidden className="flex shrink-0 items-center gap-0.5 text-amber-300" data-testid="rating-hint">
            <Star size={14} className="fill-current" />
            {video.rating}
          </span>
        )}
      </p>
    </Link>
  );
});
