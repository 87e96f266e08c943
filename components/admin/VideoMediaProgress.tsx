'use client';
// Preview media (seek sprite + VTT, small and large teasers) of every video: a bar for the
// whole collection and the videos still waiting, running or failed, refreshed every two
// seconds while work is pending. "Queue missing" makes media for videos ingested before.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchVideoMediaProgress, queueMissingVideoMedia } from '@/lib/client/admin-api';
import type { VideoMediaProgressItem } from '@/lib/assets/assets.schemas';

const MEDIA = [
  ['sprite', 'sprite'],
  ['vtt', 'VTT'],
  ['teaser_sm', 'small teaser'],
  ['teaser_lg', 'large teaser'],
] as const;

const STATE_STYLE: Record<VideoMediaProgressItem['state'], string> = {
  running: 'bg-sky-900 text-sky-100',
  queued: 'bg-neutral-800 text-neutral-200',
  failed: 'bg-red-950 text-red-200',
  missing: 'bg-amber-950 text-amber-200',
};

export function VideoMediaProgress() {
  const client = useQueryClient();
  const { data, error } = useQuery({
    queryKey: ['admin', 'video-media'],
    queryFn: fetchVideoMediaProgress,
    refetchInterval: (q) => ((q.state.data?.counts.pending ?? 0) > 0 ? 2000 : false),
  });
  const queue = useMutation({ mutationFn: queueMissingVideoMedia, onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'video-media'] }) });
  if (error) return <p role="alert" className="text-red-300">{error.message}</p>;
  if (!data) return <p className="text-sm text-neutral-300">Loading…</p>;
  const { counts, videos } = data;
  if (counts.total === 0) return <p className="text-sm text-neutral-300">No ready video yet.</p>;
  const percent = Math.round((counts.done / counts.total) * 100);
  return (
    <div className="grid gap-3" data-testid="video-media-progress">
      <div>
        <div className="flex flex-wrap items-baseline gap-x-4 text-sm">
          <span>
            <strong>{counts.done}</strong> of {counts.total} videos have all preview media
          </span>
          <span className="text-neutral-300">
            {counts.pending} pending · {counts.failed} failed · {counts.missing} never queued
          </span>
          {counts.missing > 0 && (
            <button type="button" onClick={() => queue.mutate()} disabled={queue.isPending} className="ml-auto rounded-md border border-neutral-700 px-3 py-1 hover:bg-neutral-800 disabled:opacity-50">
              Queue missing
            </button>
          )}
        </div>
        <div role="progressbar" aria-label="Videos with preview media" aria-valuemin={0} aria-valuemax={counts.total} aria-valuenow={counts.done} className="mt-2 h-2 overflow-hidden rounded bg-neutral-800">
          <div className="h-full bg-sky-500" style={{ width: `${percent}%` }} />
        </div>
      </div>
      {videos.length > 0 && (
        <ul className="divide-y divide-neutral-800 rounded-lg border border-neutral-800 text-sm">
          {videos.map((v) => (
            <li key={v.id} className="grid gap-1 p-3" data-testid="video-media-item">
              <div className="flex flex-wrap items-center gap-2">
                <span className={`rounded px-1.5 text-xs ${STATE_STYLE[v.state]}`}>{v.state}</span>
                <span className="min-w-0 break-all font-medium">{v.fileName}</span>
                <span className="text-neutral-300">{v.libraryName}</span>
                {v.state !== 'missing' && (
                  <span className="text-neutral-300">
                    attempt {v.attempts}/{v.maxAttempts}
                    {v.startedAt && ` · since ${new Date(v.startedAt).toLocaleTimeString()}`}
                  </span>
                )}
              </div>
              <div className="flex flex-wrap gap-2 text-xs text-neutral-300">
                {MEDIA.map(([kind, label]) => (
                  <span key={kind}>
                    {v.made.includes(kind) ? '✓' : '·'} {label}
                  </span>
                ))}
              </div>
              {v.lastError && <p className="break-words text-xs text-red-300">{v.lastError}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
