'use client';
// The list views: a table with a row per video. "list" has every column (title, duration,
// resolution, size, bitrate, rating, plays, added, released, studio, path), each header a button
// that sorts by it (again: the other direction; aria-sort says which); "compact" keeps a small
// poster, title, duration, rating and date added, dense. On a phone the table scrolls sideways.
import Link from 'next/link';
import { formatDuration } from '@/components/timeline/format';
import type { CatalogueCard } from '@/lib/client/catalogue-contract';
import { formatBitrate, formatBytes, formatDay, formatResolution, NONE } from './card-format';
import { type CatalogueSort, type CatalogueState, withSort } from './catalogue-url';
import { CardContextMenu } from './CardContextMenu';
import type { SelectionProps } from './selection';
import { useCatalogueNav } from './use-catalogue-nav';

interface Column {
  label: string;
  sort?: CatalogueSort;
  numeric?: boolean;
  cell: (v: CatalogueCard) => string;
}

const COLUMNS: Column[] = [
  { label: 'Duration', sort: 'duration', numeric: true, cell: (v) => (v.durationMs != null ? formatDuration(v.durationMs) : NONE) },
  { label: 'Resolution', sort: 'resolution', numeric: true, cell: (v) => formatResolution(v.width, v.height) },
  { label: 'Size', sort: 'size', numeric: true, cell: (v) => formatBytes(v.sizeBytes) },
  { label: 'Bitrate', sort: 'bitrate', numeric: true, cell: (v) => formatBitrate(v.bitrate) },
  { label: 'Rating', sort: 'rating', numeric: true, cell: (v) => (v.rating != null ? `${v.rating} ★` : NONE) },
  { label: 'Plays', sort: 'plays', numeric: true, cell: (v) => String(v.playCount) },
  { label: 'Added', sort: 'added', cell: (v) => formatDay(v.addedAt) },
  { label: 'Released', sort: 'released', cell: (v) => formatDay(v.releaseDate) },
  { label: 'Studio', cell: (v) => v.studio?.name ?? NONE },
  { label: 'Path', sort: 'path', cell: (v) => v.relPath ?? v.fileName },
];
const COMPACT = new Set(['Duration', 'Rating', 'Added']);

interface Props {
  videos: CatalogueCard[];
  state: CatalogueState;
  compact: boolean;
  selection: SelectionProps | null;
}

export function VideoList({ videos, state, compact, selection }: Props) {
  const navigate = useCatalogueNav();
  const columns = compact ? COLUMNS.filter((c) => COMPACT.has(c.label)) : COLUMNS;
  const header = (label: string, sort?: CatalogueSort, numeric?: boolean) => {
    const current = sort !== undefined && state.sort === sort;
    return (
      <th key={label} scope="col" aria-sort={current ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined} className={`px-2 py-2 font-medium whitespace-nowrap ${numeric ? 'text-right' : 'text-left'}`}>
        {sort ? (
          <button type="button" onClick={() => navigate(withSort(state, sort))} className="rounded px-1 hover:bg-neutral-800 hover:text-white">
            {label}
            {current && <span aria-hidden>{state.dir === 'asc' ? ' ↑' : ' ↓'}</span>}
          </button>
        ) : (
          label
        )}
      </th>
    );
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-800">
      <table className={`w-full text-sm ${compact ? '' : 'min-w-[64rem]'}`} data-testid={compact ? 'video-compact' : 'video-list'}>
        <thead className="border-b border-neutral-800 bg-neutral-900 text-neutral-300">
          <tr>
            {selection && (
              <th scope="col" className="w-8 px-2">
                <span className="sr-only">Selected</span>
              </th>
            )}
            {header('Title', 'title')}
            {columns.map((c) => header(c.label, c.sort, c.numeric))}
          </tr>
        </thead>
        <tbody>
          {videos.map((video) => (
            <CardContextMenu key={video.id} video={video}>
              <tr className="border-b border-neutral-800/70 last:border-0 hover:bg-neutral-900" data-testid="video-row" data-preview-scope>
                {selection && (
                  <td className="px-2">
                    <input
                      type="checkbox"
                      aria-label={`Select ${video.title}`}
                      checked={selection.isSelected(video.id)}
                      onClick={(e) => selection.toggle(video.id, e.shiftKey)}
                      readOnly
                      className="h-4 w-4"
                    />
                  </td>
                )}
                <td className={`max-w-[28rem] px-2 ${compact ? 'py-1' : 'py-2'}`}>
                  <Link href={`/videos/${video.id}`} prefetch={false} className="flex min-w-0 items-center gap-2 rounded hover:text-white focus-visible:outline-2 focus-visible:outline-sky-400">
                    {compact && (
                      <span className="relative block aspect-video w-16 shrink-0 overflow-hidden rounded bg-neutral-800" data-preview>
                        {video.thumbnailUrl && (
                          // eslint-disable-next-line @next/next/no-img-element -- served by our API with auth; no optimizer
                          <img src={video.thumbnailUrl} alt="" loading="lazy" className="h-full w-full object-cover" />
                        )}
                      </span>
                    )}
                    <span className="truncate font-medium text-neutral-100">{video.title}</span>
                  </Link>
                </td>
                {columns.map((c) => (
                  <td key={c.label} className={`px-2 whitespace-nowrap text-neutral-300 ${c.numeric ? 'text-right tabular-nums' : ''} ${c.label === 'Path' ? 'max-w-[20rem] truncate' : ''}`}>
                    {c.cell(video)}
                  </td>
                ))}
              </tr>
            </CardContextMenu>
          ))}
        </tbody>
      </table>
    </div>
  );
}
