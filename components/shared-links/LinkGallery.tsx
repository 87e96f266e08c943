'use client';
// A shared link's page for its holder: title, description, and a justified grid of exactly what
// the link grants (CSS flex rows: each tile grows by its aspect ratio, so the first screen needs
// no measuring and works from 390 px up). A tile opens the viewer. Nothing here names a file,
// a date or a place unless the link shows metadata.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { linkMediaUrl } from '@/lib/client/shared-links-api';
import { thumbhashDataUrl } from '@/lib/client/thumbhash-url';
import type { LinkContent } from '@/lib/shared-links/shared-links.schemas';
import { LinkViewer } from './LinkViewer';

const ROW_HEIGHT = 180;

/** `downloadAll`: the slot for a "Download all" button (the streamed ZIP is built elsewhere). */
export function LinkGallery({ token, content, downloadAll }: { token: string; content: LinkContent; downloadAll?: ReactNode }) {
  const [open, setOpen] = useState<number | null>(null);
  const { items } = content;
  return (
    <main className="mx-auto max-w-7xl p-3 sm:p-4">
      <header className="mb-4 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <h1 className="text-xl font-semibold break-words">{content.title ?? 'Shared photos'}</h1>
          {content.description && <p className="mt-1 whitespace-pre-line text-neutral-300">{content.description}</p>}
          <p className="mt-1 text-sm text-neutral-300" data-testid="link-count">
            {items.length === 1 ? '1 item' : `${items.length} items`}
          </p>
        </div>
        {content.allowDownload && downloadAll}
      </header>
      {items.length === 0 ? (
        <p className="text-neutral-300">Nothing is shared here (any more).</p>
      ) : (
        <ul className="flex flex-wrap gap-1" aria-label="Shared photos and videos" data-testid="link-grid">
          {items.map((item, index) => {
            const ratio = item.width && item.height ? Math.min(4, Math.max(0.25, item.width / item.height)) : 1;
            const placeholder = item.thumbhash ? thumbhashDataUrl(item.thumbhash) : null;
            const name = `${item.type === 'video' ? 'Video' : 'Photo'} ${index + 1} of ${items.length}`;
            return (
              <li key={item.id} style={{ flexGrow: ratio, flexBasis: `${Math.round(ratio * ROW_HEIGHT * 0.75)}px`, aspectRatio: String(ratio) }} className="relative min-w-0 overflow-hidden rounded bg-neutral-800">
                <button type="button" onClick={() => setOpen(index)} className="block h-full w-full focus-visible:outline-2 focus-visible:outline-sky-400" aria-label={`Open ${name}`}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- served by our API with its own caching */}
                  <img
                    src={linkMediaUrl(token, item.id, 'thumbnail')}
                    alt={name}
                    loading="lazy"
                    className="h-full w-full object-cover"
                    style={placeholder ? { backgroundImage: `url(${placeholder})`, backgroundSize: 'cover' } : undefined}
                    data-testid="link-tile"
                  />
                </button>
              </li>
            );
          })}
          {/* Keeps the last row from stretching its few tiles across the whole width. */}
          <li aria-hidden style={{ flexGrow: 10, flexBasis: 0 }} />
        </ul>
      )}
      {open !== null && <LinkViewer token={token} items={items} index={open} onIndex={setOpen} onClose={() => setOpen(null)} allowDownload={content.allowDownload} />}
    </main>
  );
}
