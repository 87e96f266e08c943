'use client';
// The /albums grid: a card per album (cover, title, count, dates) — mine and those shared with
// me ("shared by X"); the server renders the first list, TanStack Query keeps it fresh.
import { Images } from 'lucide-react';
import Link from 'next/link';
import type { AlbumView } from '@/lib/albums/albums.schemas';
import { useAlbums } from '@/lib/client/album-queries';
import { formatDateRange, itemCount } from './album-format';

export function AlbumsGrid({ initial }: { initial: AlbumView[] }) {
  const { data: albums = initial } = useAlbums(initial);
  if (albums.length === 0) {
    return <p className="mt-16 text-center text-neutral-300">No albums yet. Select photos on the timeline and choose “Add to album”, or make a new one.</p>;
  }
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5" aria-label="Albums">
      {albums.map((album) => (
        <li key={album.id} data-testid="album-card">
          <Link href={`/albums/${album.id}`} className="group block rounded focus:outline-3 focus:outline-offset-2 focus:outline-sky-400">
            <div className="aspect-square overflow-hidden rounded-lg bg-neutral-800">
              {album.coverUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth; no optimizer
                <img src={album.coverUrl} alt="" loading="lazy" className="h-full w-full object-cover transition-transform group-hover:scale-105" />
              ) : (
                <Images aria-hidden className="m-auto h-full w-1/3 text-neutral-500" />
              )}
            </div>
            <p className="mt-1.5 truncate font-medium">{album.title}</p>
            <p className="truncate text-xs text-neutral-300">
              {itemCount(album.itemCount)}
              {formatDateRange(album.startDate, album.endDate) && ` · ${formatDateRange(album.startDate, album.endDate)}`}
            </p>
            {album.role !== 'owner' && <p className="truncate text-xs text-sky-300">Shared by {album.owner.name}</p>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
