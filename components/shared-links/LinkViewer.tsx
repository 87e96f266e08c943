'use client';
// The viewer inside a shared link: the preview size only, arrows (buttons and ← →) and Esc;
// a modal <dialog> so focus stays inside. Metadata and the original's download only when the
// link grants them.
import { ChevronLeft, ChevronRight, Download, X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { LinkItem } from '@/lib/shared-links/shared-links.schemas';
import { linkMediaUrl } from '@/lib/client/shared-links-api';

interface Props {
  token: string;
  items: LinkItem[];
  index: number;
  allowDownload: boolean;
  onIndex: (i: number) => void;
  onClose: () => void;
}

const control = 'rounded-full bg-black/60 p-2 text-white hover:bg-black/80 disabled:opacity-30';

export function LinkViewer({ token, items, index, allowDownload, onIndex, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const item = items[index];
  const prev = index > 0 ? index - 1 : null;
  const next = index < items.length - 1 ? index + 1 : null;
  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowLeft' && prev !== null) onIndex(prev);
      if (e.key === 'ArrowRight' && next !== null) onIndex(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [prev, next, onIndex]);
  const name = `${item.type === 'video' ? 'Video' : 'Photo'} ${index + 1} of ${items.length}`;
  const meta = item.metadata;
  return (
    <dialog ref={dialog} onClose={onClose} aria-label={name} className="m-0 h-dvh max-h-none w-screen max-w-none bg-black p-0 text-neutral-100" data-testid="link-viewer">
      <div className="relative flex h-full flex-col">
        <div className="flex items-center gap-2 p-2">
          <span className="flex-1 text-sm text-neutral-300" aria-live="polite">
            {index + 1} / {items.length}
          </span>
          {allowDownload && (
            <a href={linkMediaUrl(token, item.id, 'original')} download className="inline-flex items-center gap-1 rounded px-2 py-1 text-sm hover:bg-white/10">
              <Download aria-hidden size={16} /> Original
            </a>
          )}
          <button type="button" aria-label="Close" onClick={() => dialog.current?.close()} className={control}>
            <X aria-hidden size={18} />
          </button>
        </div>
        <div className="relative flex min-h-0 flex-1 items-center justify-center">
          {/* eslint-disable-next-line @next/next/no-img-element -- served by our API with its own caching */}
          <img key={item.id} src={linkMediaUrl(token, item.id, 'preview')} alt={name} className="max-h-full max-w-full object-contain" data-testid="link-viewer-image" />
          <button type="button" aria-label="Previous" disabled={prev === null} onClick={() => prev !== null && onIndex(prev)} className={`${control} absolute left-2`}>
            <ChevronLeft aria-hidden size={22} />
          </button>
          <button type="button" aria-label="Next" disabled={next === null} onClick={() => next !== null && onIndex(next)} className={`${control} absolute right-2`}>
            <ChevronRight aria-hidden size={22} />
          </button>
        </div>
        {meta && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 p-3 text-sm text-neutral-300" data-testid="link-metadata">
            <dt>File</dt>
            <dd className="truncate">{meta.fileName}</dd>
            {meta.takenAt && (<><dt>Taken</dt><dd>{meta.takenAt.replace('T', ' ')}</dd></>)}
            {meta.camera && (<><dt>Camera</dt><dd>{meta.camera}</dd></>)}
            {meta.place && (<><dt>Place</dt><dd>{meta.place}</dd></>)}
            {meta.latitude !== null && meta.longitude !== null && (<><dt>GPS</dt><dd>{meta.latitude.toFixed(5)}, {meta.longitude.toFixed(5)}</dd></>)}
          </dl>
        )}
      </div>
    </dialog>
  );
}
