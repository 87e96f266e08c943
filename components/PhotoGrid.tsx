import type { GridTile } from '@/lib/assets/list-photo-grid';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

// The thumbhash paints at once as the tile's background; the thumbnail loads lazily over it.
export function PhotoGrid({ tiles }: { tiles: GridTile[] }) {
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(140px,1fr))] gap-1 sm:grid-cols-[repeat(auto-fill,minmax(180px,1fr))]">
      {tiles.map((tile) => (
        <li
          key={tile.id}
          className="relative aspect-square overflow-hidden rounded-sm bg-neutral-800 bg-cover bg-center"
          style={tile.placeholder ? { backgroundImage: `url(${tile.placeholder})` } : undefined}
          title={`${tile.relPath} · ${dateFormat.format(new Date(tile.takenAtLocal))}`}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth; no optimizer */}
          <img
            src={`/api/assets/${tile.id}/thumbnail`}
            alt={tile.relPath}
            loading="lazy"
            decoding="async"
            data-asset-id={tile.id}
            className="h-full w-full object-cover"
          />
        </li>
      ))}
    </ul>
  );
}
