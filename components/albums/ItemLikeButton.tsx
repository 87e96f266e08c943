'use client';
// A heart for the album (no assetId) or one of its items, with the number of likes: pressed when
// I like it. Shows the click at once; the server keeps one like per person (album-sharing).
import { Heart } from 'lucide-react';
import { likeOf, useActivityCounts, useSetAlbumLike } from '@/lib/client/album-sharing-queries';

interface Props {
  albumId: string;
  assetId?: string;
  className?: string;
}

export function ItemLikeButton({ albumId, assetId, className = '' }: Props) {
  const counts = useActivityCounts(albumId, assetId);
  const setLike = useSetAlbumLike(albumId, assetId);
  const { liked, likes } = likeOf(counts.data, assetId);
  const what = assetId ? 'this item' : 'this album';
  return (
    <span className={`inline-flex items-center gap-2 ${className}`}>
      <button
        type="button"
        aria-pressed={liked}
        disabled={counts.isPending}
        onClick={() => setLike.mutate(!liked)}
        data-testid="album-like-button"
        className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-neutral-700 px-3 py-1 text-sm text-neutral-100 hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400 disabled:opacity-50"
      >
        <Heart aria-hidden size={16} className={liked ? 'fill-rose-500 text-rose-500' : 'text-neutral-300'} />
        {/* The name read out is "Like this album, 3 likes"; aria-pressed says whether it is mine. */}
        <span className="sr-only">Like {what}, </span>
        {likes}
        <span className="sr-only">{likes === 1 ? ' like' : ' likes'}</span>
      </button>
      {setLike.isError && (
        <span role="alert" className="text-sm text-rose-300">
          {setLike.error.message}
        </span>
      )}
    </span>
  );
}
