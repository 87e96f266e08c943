// One performer, studio or tag in a card grid: its image (or its initial on a tinted square),
// name, video count, total duration and the user's average rating. The whole card is one link.
import { Star } from 'lucide-react';
import Link from 'next/link';
import type { EntityCard, EntityKind } from '@/lib/organise/organise.schemas';
import { formatTotalDuration, SEGMENT_OF } from './entity-words';

export function EntityInitial({ name, className = '' }: { name: string; className?: string }) {
  return (
    <span aria-hidden className={`flex items-center justify-center bg-neutral-800 font-semibold text-neutral-200 ${className}`}>
      {name.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
}

export function EntityCardTile({ kind, card }: { kind: EntityKind; card: EntityCard }) {
  const videos = card.videoCount === 1 ? '1 video' : `${card.videoCount} videos`;
  return (
    <li className="min-w-0" data-testid="entity-card">
      <Link href={`/${SEGMENT_OF[kind]}/${card.id}`} className="group block rounded-lg border border-neutral-800 bg-neutral-900/60 p-2 hover:border-neutral-600 focus-visible:outline-2 focus-visible:outline-sky-500">
        <div className="aspect-square overflow-hidden rounded-md">
          {card.imageUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- served by our API with its own cache headers
            <img src={card.imageUrl} alt="" className="h-full w-full object-cover" loading="lazy" />
          ) : (
            <EntityInitial name={card.name} className="h-full w-full text-5xl" />
          )}
        </div>
        <p className="mt-2 truncate font-medium text-neutral-100">{card.name}</p>
        <p className="flex flex-wrap items-center gap-x-1 text-xs text-neutral-300">
          <span>{videos}</span>
          {card.totalDurationMs > 0 && <span>· {formatTotalDuration(card.totalDurationMs)}</span>}
          {card.averageRating !== null && (
            <span className="flex items-center gap-0.5">
              · <Star aria-hidden size={12} className="fill-amber-400 text-amber-400" />
              <span className="sr-only">average rating</span>
              {card.averageRating.toFixed(1)}
            </span>
          )}
        </p>
      </Link>
    </li>
  );
}
