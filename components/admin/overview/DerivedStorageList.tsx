// Derived files' storage per kind (thumbnails, previews, posters, teasers…), from their rows,
// so it is the same whether they live in the data folder or in S3. All of it can be rebuilt.
import type { AdminOverview } from '@/lib/admin/overview.schemas';
import { countOf, formatStorage } from './overview-format';

const KIND_NAMES: Record<string, string> = {
  thumb: 'Thumbnails',
  preview: 'Previews',
  full: 'Full-size renditions',
  poster: 'Video posters',
  sprite: 'Scrubbing sprites',
  vtt: 'Sprite cues',
  teaser_sm: 'Teasers (small)',
  teaser_lg: 'Teasers (large)',
  transcode: 'Transcodes',
  motion: 'Motion photo videos',
};

export function DerivedStorageList({ kinds }: { kinds: AdminOverview['derivedByKind'] }) {
  if (kinds.length === 0) return <p className="text-sm text-neutral-300">No derived files yet.</p>;
  const total = kinds.reduce((s, k) => s + k.bytes, 0);
  return (
    <div className="grid gap-2 text-sm">
      <p>
        <strong className="text-lg tabular-nums">{formatStorage(total)}</strong> <span className="text-neutral-300">in all, every byte rebuildable</span>
      </p>
      <ul className="grid gap-1" data-testid="derived-by-kind">
        {kinds.map((k) => (
          <li key={k.kind} className="grid grid-cols-[1fr_auto] gap-x-3 border-b border-neutral-800 pb-1">
            <span>
              {KIND_NAMES[k.kind] ?? k.kind} <span className="text-neutral-300">· {countOf(k.files, 'file')}</span>
            </span>
            <span className="text-right tabular-nums">{formatStorage(k.bytes)}</span>
            <span aria-hidden className="col-span-2 h-1 overflow-hidden rounded bg-neutral-800">
              <span className="block h-full bg-lime-400" style={{ width: `${total ? Math.max(1, Math.round((k.bytes / total) * 100)) : 0}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
