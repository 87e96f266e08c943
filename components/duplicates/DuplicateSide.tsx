// One video of a duplicate pair: its poster (a link to it), title, and the facts that decide
// which to keep — length, resolution, codec, bitrate, size, where it is and when it was added —
// with "Keep this one" when the user owns the other video (it goes to the trash).
import { Film } from 'lucide-react';
import Link from 'next/link';
import type { DuplicateVideo } from '@/lib/duplicates/duplicates.schemas';
import { formatClock } from '@/components/video-player/format-time';

const sizeOf = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);
const bitrateOf = (bps: number) => (bps >= 1e6 ? `${(bps / 1e6).toFixed(1)} Mbit/s` : `${Math.round(bps / 1e3)} kbit/s`);
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

interface Props {
  video: DuplicateVideo;
  /** Better than the other one on this fact (highlighted). */
  better: { resolution: boolean; bitrate: boolean; size: boolean };
  onKeep: (() => void) | null;
  pending: boolean;
}

export function DuplicateSide({ video: v, better, onKeep, pending }: Props) {
  const facts: [string, string, boolean][] = [
    ['Length', v.durationMs ? formatClock(v.durationMs / 1000) : '—', false],
    ['Resolution', v.width && v.height ? `${v.width} × ${v.height}` : '—', better.resolution],
    ['Codec', v.videoCodec ?? '—', false],
    ['Bitrate', v.bitrate ? bitrateOf(v.bitrate) : '—', better.bitrate],
    ['Size', sizeOf(v.size), better.size],
    ['Where', `${v.libraryName} / ${v.relPath}`, false],
    ['Added', dateFormat.format(new Date(v.addedAt)), false],
  ];
  return (
    <article className="grid min-w-0 content-start gap-2" data-testid="duplicate-video" data-asset-id={v.id}>
      <Link href={`/videos/${v.id}`} className="group block rounded-md focus-visible:outline-2 focus-visible:outline-sky-400" aria-label={`Open ${v.title}`}>
        <div className="flex aspect-video items-center justify-center overflow-hidden rounded-md bg-neutral-800">
          {v.thumbnailUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- our own thumbnail route, sized by CSS
            <img src={v.thumbnailUrl} alt="" className="h-full w-full object-cover" loading="lazy" />
          ) : (
            <Film aria-hidden className="text-neutral-500" size={32} />
          )}
        </div>
        <h3 className="mt-1.5 truncate text-sm font-medium group-hover:underline">{v.title}</h3>
      </Link>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-sm">
        {facts.map(([label, value, highlight]) => (
          <div key={label} className="contents">
            <dt className="text-neutral-400">{label}</dt>
            <dd className={`break-all ${highlight ? 'font-semibold text-emerald-300' : ''}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {onKeep && (
        <button
          type="button"
          onClick={onKeep}
          disabled={pending}
          className="justify-self-start rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-600 disabled:opacity-60"
        >
          Keep this one
        </button>
      )}
    </article>
  );
}
