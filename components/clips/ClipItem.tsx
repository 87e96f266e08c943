'use client';
// One of my clips: its range and format, a progress bar while it is made (polled), then a
// preview (an image for GIF/WebP, a muted looping video for MP4), Download and Delete; or why
// it failed.
import { Download, Trash2 } from 'lucide-react';
import { formatClock } from '@/components/video-player/format-time';
import { quietButton } from '@/components/video-player/Section';
import { useClip } from '@/lib/client/clip-queries';
import type { ClipView } from '@/lib/clips/clips.schemas';

const FORMAT = { gif: 'GIF', webp: 'WebP', mp4: 'MP4' } as const;
const size = (bytes: number) => (bytes >= 1000 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function ClipItem({ clip: initial, onDelete, deleting }: { clip: ClipView; onDelete: (id: string) => void; deleting: boolean }) {
  const { data: clip = initial } = useClip(initial);
  const range = `${formatClock(clip.start)}–${formatClock(clip.end)}`;
  const label = `${FORMAT[clip.format]} ${range}`;
  return (
    <li className="grid gap-2 rounded-md border border-neutral-800 p-2" data-testid="clip-item" data-status={clip.status}>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span>
          <span className="font-medium">{FORMAT[clip.format]}</span> <span className="tabular-nums text-neutral-300">{range}</span>
          {clip.status === 'done' && clip.width && clip.bytes !== null && (
            <span className="text-neutral-400">
              {' '}
              · {clip.width}×{clip.height} · {size(clip.bytes)}
            </span>
          )}
        </span>
        <span className="flex gap-1">
          {clip.fileUrl && (
            <a href={clip.fileUrl} download className={`${quietButton} flex items-center gap-1`} aria-label={`Download ${label}`}>
              <Download aria-hidden size={16} /> Download
            </a>
          )}
          <button type="button" className={`${quietButton} flex items-center gap-1`} onClick={() => onDelete(clip.id)} disabled={deleting} aria-label={`Delete ${label}`}>
            <Trash2 aria-hidden size={16} /> Delete
          </button>
        </span>
      </div>
      {(clip.status === 'queued' || clip.status === 'running') && (
        <div className="grid gap-1 text-sm text-neutral-300">
          <progress className="h-2 w-full accent-sky-500" max={1} value={clip.progress} aria-label={`Making ${label}`} />
          <span role="status">{clip.status === 'queued' ? 'Waiting to start…' : `Making it… ${Math.round(clip.progress * 100)} %`}</span>
        </div>
      )}
      {clip.status === 'failed' && (
        <p role="alert" className="text-sm text-red-400">
          {clip.error ?? 'This clip could not be made.'}
        </p>
      )}
      {clip.status === 'done' && clip.fileUrl && (
        <div className="overflow-hidden rounded bg-black">
          {clip.format === 'mp4' ? (
            <video src={clip.fileUrl} controls muted loop playsInline preload="metadata" className="mx-auto max-h-72 max-w-full" aria-label={`Preview of ${label}`} />
          ) : (
            // eslint-disable-next-line @next/next/no-img-element -- an animation served by our API, not an image Next could optimise
            <img src={clip.fileUrl} alt={`Preview of ${label}`} width={clip.width ?? undefined} height={clip.height ?? undefined} className="mx-auto h-auto max-h-72 max-w-full" />
          )}
        </div>
      )}
    </li>
  );
}
