'use client';
// One file in the upload panel: its progress, what is happening, its problem in words, pause or
// resume, and a link to the photo once it is in the library (or to the one it duplicates).
import { Pause, Play } from 'lucide-react';
import Link from 'next/link';
import { pauseUpload, resumeUpload, type UploadItem } from '@/lib/client/upload-queue';
import { formatSize } from './format-size';

function status(item: UploadItem, ingested: boolean): string {
  switch (item.state) {
    case 'hashing':
      return `Reading… ${Math.round((item.hashed / Math.max(1, item.size)) * 100)}%`;
    case 'checking':
      return 'Checking…';
    case 'queued':
      return 'Waiting';
    case 'uploading':
      return `${item.resumedAt !== null ? 'Resumed · ' : ''}${formatSize(item.sent)} of ${formatSize(item.size)}`;
    case 'paused':
      return `Paused at ${formatSize(item.sent)}`;
    case 'done':
      return ingested ? 'In your library' : 'Uploaded · being read…';
    case 'duplicate':
      return 'Already in your library';
    case 'failed':
      return item.error ?? 'Failed';
  }
}

export function UploadRow({ item, ingested }: { item: UploadItem; ingested: boolean }) {
  const progress = item.state === 'done' || item.state === 'duplicate' ? item.size : item.sent;
  const canPause = item.state === 'uploading' || item.state === 'queued';
  const canResume = item.state === 'paused';
  const link = item.assetId && (item.state === 'duplicate' || item.state === 'failed' || (item.state === 'done' && ingested)) ? `/photos/${item.assetId}` : null;
  return (
    <li className="rounded-md bg-neutral-800/60 px-2 py-1.5 text-sm" data-testid="upload-item" data-state={item.state} data-name={item.name}>
      <div className="flex items-center gap-2">
        <span className="min-w-0 flex-1 truncate" title={item.name}>
          {item.name}
        </span>
        <span className="shrink-0 text-xs text-neutral-300">{formatSize(item.size)}</span>
        {canPause && (
          <button type="button" onClick={() => pauseUpload(item.key)} className="rounded p-1 hover:bg-neutral-700" aria-label={`Pause ${item.name}`}>
            <Pause className="h-4 w-4" aria-hidden="true" />
          </button>
        )}
        {canResume && (
          <button type="button" onClick={() => resumeUpload(item.key)} className="rounded p-1 hover:bg-neutral-700" aria-label={`Resume ${item.name}`}>
            <Play className="h-4 w-4" aria-hidden="true" />
          </button>
        )}
      </div>
      <progress className="mt-1 h-1 w-full accent-sky-500" max={item.size || 1} value={progress} aria-label={`${item.name} progress`} />
      <div className={`mt-0.5 flex gap-2 text-xs ${item.state === 'failed' || item.state === 'duplicate' ? 'text-amber-200' : 'text-neutral-300'}`}>
        <span className="flex-1" role={item.state === 'failed' ? 'alert' : undefined}>
          {status(item, ingested)}
        </span>
        {link && (
          <Link href={link} className="text-sky-300 underline">
            {item.state === 'done' ? 'View' : 'See the photo'}
          </Link>
        )}
      </div>
    </li>
  );
}
