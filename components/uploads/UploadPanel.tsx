'use client';
// The upload panel: a file picker (photos and videos, several at once, so phones offer the
// camera roll), every file's progress and problem, the overall progress, pause and resume, and
// — after a reload — the uploads left unfinished, which resume when the same files are added
// again (tus-js-client finds them by their fingerprint). Esc closes it; it fits a 390 px phone.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Pause, Play, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { PreviousUpload } from 'tus-js-client';
import { addFiles, clearFinished, forgetEarlier, pauseAll, resumeAll, unfinishedFromEarlier, uploadStore } from '@/lib/client/upload-queue';
import { fetchUploads, uploadKeys } from '@/lib/client/uploads-api';
import { timelineKeys } from '@/lib/client/timeline-queries';
import { formatSize } from './format-size';
import { UploadRow } from './UploadRow';
import { useUploadItems } from './use-upload-queue';

export function UploadPanel({ id }: { id: string }) {
  const items = useUploadItems();
  const heading = useRef<HTMLHeadingElement>(null);
  const [earlier, setEarlier] = useState<PreviousUpload[]>([]);
  const client = useQueryClient();
  const done = items.filter((i) => i.state === 'done');
  // Until every uploaded photo is read (its thumbnail made), ask the server now and then.
  const waiting = done.length > 0;
  const server = useQuery({ queryKey: uploadKeys.list, queryFn: fetchUploads, refetchInterval: waiting ? 2000 : false });
  const ingested = new Set((server.data?.uploads ?? []).filter((u) => u.ingested && u.assetId).map((u) => u.assetId!));
  const ingestedCount = done.filter((i) => i.assetId && ingested.has(i.assetId)).length;

  useEffect(() => {
    heading.current?.focus();
    void unfinishedFromEarlier().then(setEarlier);
  }, []);
  useEffect(() => {
    if (ingestedCount > 0) void client.invalidateQueries({ queryKey: timelineKeys.all });
  }, [ingestedCount, client]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && uploadStore.setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const total = items.reduce((n, i) => n + i.size, 0);
  const sent = items.reduce((n, i) => n + (i.state === 'done' || i.state === 'duplicate' ? i.size : i.sent), 0);
  const paused = items.some((i) => i.state === 'paused');
  const running = items.some((i) => i.state === 'uploading' || i.state === 'queued');
  const stillEarlier = earlier.filter((p) => !items.some((i) => i.name === p.metadata?.filename));
  const limits = server.data?.limits;

  return (
    <section
      id={id}
      role="dialog"
      aria-labelledby={`${id}-title`}
      className="fixed inset-x-2 bottom-2 z-30 flex max-h-[80vh] flex-col rounded-lg border border-neutral-700 bg-neutral-900 text-neutral-100 shadow-2xl sm:inset-x-auto sm:right-4 sm:w-[28rem]"
    >
      <header className="flex items-center gap-2 border-b border-neutral-800 px-3 py-2">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="flex-1 font-semibold outline-none">
          Upload photos and videos
        </h2>
        {paused && (
          <button type="button" onClick={resumeAll} className="rounded p-1.5 hover:bg-neutral-800" aria-label="Resume all">
            <Play className="h-4 w-4" aria-hidden="true" />
          </button>
        )}
        {running && (
          <button type="button" onClick={pauseAll} className="rounded p-1.5 hover:bg-neutral-800" aria-label="Pause all">
            <Pause className="h-4 w-4" aria-hidden="true" />
          </button>
        )}
        <button type="button" onClick={() => uploadStore.setOpen(false)} className="rounded p-1.5 hover:bg-neutral-800" aria-label="Close the upload panel">
          <X className="h-4 w-4" aria-hidden="true" />
        </button>
      </header>
      <div className="space-y-3 overflow-y-auto px-3 py-3">
        <label className="flex cursor-pointer items-center justify-center rounded-md border border-dashed border-neutral-600 px-3 py-4 text-sm text-neutral-200 focus-within:outline focus-within:outline-2 focus-within:outline-sky-400 hover:bg-neutral-800">
          Choose photos and videos, or drop them on the timeline
          <input
            type="file"
            accept="image/*,video/*"
            multiple
            className="sr-only"
            data-testid="upload-input"
            onChange={(e) => {
              if (e.target.files?.length) addFiles(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
        {limits && (
          <p className="text-xs text-neutral-300">
            Largest file {formatSize(limits.maxFileBytes)}
            {limits.quotaBytes !== null && ` · ${formatSize(limits.usedBytes)} of your ${formatSize(limits.quotaBytes)} used`}
            {server.data && ` · into “${server.data.target.name}”`}
          </p>
        )}
        {stillEarlier.length > 0 && (
          <div className="rounded-md border border-amber-700 bg-amber-950/40 p-2 text-sm" data-testid="unfinished-earlier">
            <p className="text-amber-100">
              {stillEarlier.length === 1 ? 'One upload was' : `${stillEarlier.length} uploads were`} left unfinished. Add the same{' '}
              {stillEarlier.length === 1 ? 'file' : 'files'} again to carry on where {stillEarlier.length === 1 ? 'it' : 'they'} stopped:
            </p>
            <ul className="mt-1 space-y-1">
              {stillEarlier.map((p) => (
                <li key={p.urlStorageKey} className="flex items-center gap-2 text-neutral-200">
                  <span className="min-w-0 flex-1 truncate">{p.metadata?.filename ?? 'A file'}</span>
                  <button
                    type="button"
                    className="rounded px-2 py-0.5 text-xs text-neutral-200 underline hover:bg-neutral-800"
                    onClick={async () => {
                      await forgetEarlier(p);
                      setEarlier((list) => list.filter((x) => x.urlStorageKey !== p.urlStorageKey));
                    }}
                  >
                    Forget <span className="sr-only">{p.metadata?.filename}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {items.length > 0 && (
          <div>
            <div className="flex items-center justify-between text-xs text-neutral-300">
              <span data-testid="upload-overall">
                {formatSize(sent)} of {formatSize(total)} · {done.length} of {items.length} done
              </span>
              <button type="button" className="underline hover:text-white" onClick={clearFinished}>
                Clear finished
              </button>
            </div>
            <progress className="mt-1 h-1.5 w-full accent-sky-500" max={total || 1} value={sent} aria-label="All uploads" />
          </div>
        )}
        <ul className="space-y-2" aria-label="Files">
          {items.map((item) => (
            <UploadRow key={item.key} item={item} ingested={item.assetId !== null && ingested.has(item.assetId)} />
          ))}
        </ul>
      </div>
    </section>
  );
}
