'use client';
// What this user thinks of the video: like (with everyone's like count), a rating in half
// stars, favourite (with its date), and "Finished" at the current time.
import { Flag, ThumbsUp } from 'lucide-react';
import { useAddFinishPoint, useUpdateInteraction } from '@/lib/client/video-queries';
import type { VideoInteractions } from '@/lib/interactions/interactions.schemas';
import { FavouriteControl } from './FavouriteControl';
import { RatingStars } from './RatingStars';
import { usePlayerController } from './use-player';

export function ReactionBar({ assetId, interactions }: { assetId: string; interactions: VideoInteractions }) {
  const controller = usePlayerController();
  const update = useUpdateInteraction(assetId);
  const finish = useAddFinishPoint(assetId);
  const error = update.error ?? finish.error;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <button
        type="button"
        onClick={() => update.mutate({ liked: !interactions.liked })}
        aria-pressed={interactions.liked}
        disabled={update.isPending}
        className="flex items-center gap-1.5 rounded-md border border-neutral-700 px-2.5 py-1.5 text-sm hover:bg-white/10"
        data-testid="like"
      >
        <ThumbsUp aria-hidden size={18} className={interactions.liked ? 'fill-sky-400 text-sky-400' : ''} />
        Like
        <span className="text-neutral-300 tabular-nums" aria-label={`${interactions.likeCount} like${interactions.likeCount === 1 ? '' : 's'}`} data-testid="like-count">
          {interactions.likeCount}
        </span>
      </button>
      <RatingStars value={interactions.rating} onChange={(rating) => update.mutate({ rating })} />
      <FavouriteControl favouriteAt={interactions.favouriteAt} onChange={(change) => update.mutate(change)} pending={update.isPending} />
      <button
        type="button"
        onClick={() => finish.mutate(Math.round(controller.time() * 1000) / 1000)}
        disabled={finish.isPending}
        className="flex items-center gap-1.5 rounded-md border border-neutral-700 px-2.5 py-1.5 text-sm hover:bg-white/10"
        data-testid="finished"
      >
        <Flag aria-hidden size={18} /> Finished
      </button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-400">
          {error.message}
        </p>
      )}
    </div>
  );
}
