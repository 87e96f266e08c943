'use client';
// "Share link": a modal (native <dialog>: focus stays inside, Esc closes) that makes a link
// for a selection of the user's photos (`assetIds`) or for an album (`albumId`), with an
// optional password, expiry, metadata and downloads (both off by default). The address is
// shown once, with a Copy button: only a hash of its token is kept.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link2, X } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { CopyButton } from '@/components/video-player/CopyButton';
import { createSharedLink } from '@/lib/client/shared-links-api';
import { expiryOf, type LinkOptions, LinkOptionsFields } from './LinkOptionsFields';

type Target = { assetIds: string[]; albumId?: undefined } | { albumId: string; assetIds?: undefined };

export function CreateLinkDialog({ onClose, ...target }: Target & { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const client = useQueryClient();
  const [options, setOptions] = useState<LinkOptions>({ title: '', description: '', expiresOn: '', showMetadata: false, allowDownload: false });
  const [password, setPassword] = useState('');
  const create = useMutation({
    mutationFn: () =>
      createSharedLink({
        ...(target.albumId ? { albumId: target.albumId } : { assetIds: target.assetIds }),
        title: options.title || null,
        description: options.description || null,
        expiresAt: expiryOf(options.expiresOn),
        showMetadata: options.showMetadata,
        allowDownload: options.allowDownload,
        ...(password ? { password } : {}),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['shared-links'] }),
  });
  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);
  // The address the browser used (PUBLIC_URL may name another host); the path is the link's.
  const url = create.data ? `${window.location.origin}${create.data.path}` : null;
  const count = target.assetIds?.length ?? 0;
  const what = target.albumId ? 'this album' : `${count} ${count === 1 ? 'item' : 'items'}`;
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby={`${id}-title`}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(28rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-neutral-700 bg-neutral-900 p-4 text-neutral-100 backdrop:bg-black/60"
      data-testid="create-link-dialog"
    >
      <div className="mb-3 flex items-center gap-2">
        <Link2 aria-hidden size={18} />
        <h2 id={`${id}-title`} className="min-w-0 flex-1 truncate font-semibold">
          Share {what} by link
        </h2>
        <button type="button" aria-label="Close" onClick={() => dialog.current?.close()} className="rounded p-1 hover:bg-neutral-800">
          <X aria-hidden size={16} />
        </button>
      </div>
      {url ? (
        <div className="grid gap-3">
          <p className="text-sm text-neutral-300">Anyone with this address can see {what}. Copy it now: Shoebox keeps only a fingerprint of it and cannot show it again.</p>
          <label className="grid gap-1 text-sm" htmlFor={`${id}-url`}>
            <span className="text-neutral-300">Link address</span>
            <input id={`${id}-url`} readOnly value={url} onFocus={(e) => e.target.select()} className="w-full rounded border border-neutral-600 bg-neutral-950 px-2 py-1.5 font-mono text-xs" data-testid="link-url" />
          </label>
          <div className="flex items-center justify-between gap-2">
            <CopyButton text={url} label="Copy link address" />
            <button type="button" onClick={() => dialog.current?.close()} className="rounded bg-neutral-700 px-3 py-1.5 text-sm hover:bg-neutral-600">
              Done
            </button>
          </div>
        </div>
      ) : (
        <form
          className="grid gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <LinkOptionsFields value={options} onChange={setOptions} />
          <label className="grid gap-1 text-sm" htmlFor={`${id}-password`}>
            <span className="text-neutral-300">Password (optional, at least 6 characters)</span>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="new-password"
              minLength={6}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              className="w-full rounded border border-neutral-600 bg-neutral-950 px-2 py-1.5 text-sm"
            />
          </label>
          <p role="status" className="min-h-5 text-sm text-rose-300">
            {create.isError && create.error.message}
          </p>
          <button type="submit" disabled={create.isPending} className="rounded bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-600 disabled:opacity-50">
            {create.isPending ? 'Creating…' : 'Create link'}
          </button>
        </form>
      )}
    </dialog>
  );
}
