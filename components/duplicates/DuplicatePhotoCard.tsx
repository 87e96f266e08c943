// One photo of a duplicate group: its thumbnail (a link to the viewer), file name, and the facts
// that decide which to keep — resolution, file size, date taken, quality — with "Keep this one".
import { ImageIcon, Star } from 'lucide-react';
import Link from 'next/link';
import type { DuplicatePhoto } from '@/lib/duplicates/photo-duplicates.schemas';

const sizeOf = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);
// The wall-clock time the photo was taken, shown as it was on the camera (no zone shift).
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

interface Props {
  photo: DuplicatePhoto;
  suggested: boolean;
  onKeep: () => void;
  pending: boolean;
}

export function DuplicatePhotoCard({ photo: p, suggested, onKeep, pending }: Props) {
  const facts: [string, string][] = [
    ['Resolution', p.width && p.height ? `${p.width} × ${p.height}` : '—'],
    ['Size', sizeOf(p.size)],
    ['Taken', p.takenAt ? dateFormat.format(new Date(`${p.takenAt}Z`)) : '—'],
    ['Quality', p.quality === null ? 'not analysed' : `${Math.round(p.quality)} / 100`],
  ];
  return (
    <li
      className={`grid min-w-0 content-start gap-2 rounded-md p-2 ${suggested ? 'bg-emerald-950/40 ring-1 ring-emerald-700' : 'bg-neutral-900'}`}
      data-testid="duplicate-photo"
      data-asset-id={p.id}
    >
      <Link href={`/photos/${p.id}`} className="group block rounded-md focus-visible:outline-2 focus-visible:outline-sky-400" aria-label={`Open ${p.fileName}`}>
        <div className="flex aspect-square items-center justify-center overflow-hidden rounded-md bg-neutral-800">
          {p.thumbnailUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- our own thumbnail route, sized by CSS
            <img src={p.thumbnailUrl} alt="" className="h-full w-full object-cover" loading="lazy" />
          ) : (
            <ImageIcon aria-hidden className="text-neutral-500" size={32} />
          )}
        </div>
        <h3 className="mt-1.5 truncate text-sm font-medium group-hover:underline" title={p.fileName}>
          {p.fileName}
        </h3>
      </Link>
      {suggested && (
        <p className="flex items-center gap-1 text-xs font-semibold text-emerald-300">
          <Star aria-hidden size={14} /> Suggested
        </p>
      )}
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-0.5 text-xs sm:text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-neutral-400">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        onClick={onKeep}
        disabled={pending}
        aria-label={`Keep this one: ${p.fileName} (the others of this group go to the trash)`}
        className="justify-self-start rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-600 disabled:opacity-60"
      >
        Keep this one
      </button>
    </li>
  );
}
