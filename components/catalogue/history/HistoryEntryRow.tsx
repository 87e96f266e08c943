// One line of the history: the time, what was done, and the video (thumbnail and title) as a
// link to its page — at the marker's time for a marker.
import { Eye, Heart, MapPin, MessageSquare, Star, type LucideIcon } from 'lucide-react';
import Link from 'next/link';
import type { HistoryEntry, HistoryKind } from '@/lib/catalogue/catalogue.schemas';
import { formatDuration } from '@/components/timeline/format';

const ICONS: Record<HistoryKind, LucideIcon> = { watched: Eye, liked: Heart, rated: Star, marked: MapPin, commented: MessageSquare };

function whatHappened(entry: HistoryEntry): string {
  switch (entry.kind) {
    case 'watched':
      return `Watched ${formatDuration(entry.viewSeconds * 1000)} in all${entry.playCount > 0 ? ` · ${entry.playCount === 1 ? '1 play' : `${entry.playCount} plays`}` : ''}`;
    case 'liked':
      return 'Liked';
    case 'rated':
      return `Rated ${entry.rating} of 5`;
    case 'marked':
      return `Marker at ${formatDuration((entry.seconds ?? 0) * 1000)}${entry.title ? ` · ${entry.title}` : ''}`;
    case 'commented':
      return `Commented: “${entry.excerpt}”`;
  }
}

export function HistoryEntryRow({ entry, time }: { entry: HistoryEntry; time: string }) {
  const Icon = ICONS[entry.kind];
  const href = entry.seconds !== null ? `/videos/${entry.video.id}?t=${Math.floor(entry.seconds)}` : `/videos/${entry.video.id}`;
  return (
    <li data-testid="history-entry" data-kind={entry.kind} data-preview-scope>
      <Link href={href} prefetch={false} className="flex items-center gap-3 rounded-lg p-2 hover:bg-neutral-900 focus-visible:outline-3 focus-visible:outline-sky-400">
        <span className="relative aspect-video w-24 shrink-0 overflow-hidden rounded bg-neutral-800 sm:w-32" data-preview>
          {entry.video.thumbnailUrl && (
            // eslint-disable-next-line @next/next/no-img-element -- served by our API with auth; no optimizer
            <img src={entry.video.thumbnailUrl} alt="" loading="lazy" decoding="async" className="h-full w-full object-cover" />
          )}
          {entry.video.durationMs != null && (
            <span className="absolute right-1 bottom-1 rounded bg-black/75 px-1 text-[0.7rem] text-white tabular-nums">{formatDuration(entry.video.durationMs)}</span>
          )}
        </span>
        <span className="min-w-0 flex-1">
          <span className="block truncate font-medium text-neutral-100">{entry.video.title}</span>
          <span className="flex items-center gap-1.5 text-sm text-neutral-300">
            <Icon aria-hidden size={14} className="shrink-0 text-neutral-400" />
            <span className="line-clamp-2 break-words">{whatHappened(entry)}</span>
          </span>
        </span>
        <time dateTime={entry.at} className="shrink-0 self-start pt-1 text-xs text-neutral-400 tabular-nums">
          {time}
        </time>
      </Link>
    </li>
  );
}
