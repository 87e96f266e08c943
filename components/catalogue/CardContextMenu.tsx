'use client';
// The menu of a card or row (Radix ContextMenu: right click, a long press on touch, and the
// Menu key or Shift+F10 on the focused card, which browsers send as a contextmenu event):
// open, open in a new tab, videos similar to this one (the video page's #similar section),
// copy the file's path, add a tag (a small dialog; POST /api/videos/organise for this one id).
import * as ContextMenu from '@radix-ui/react-context-menu';
import { Copy, ExternalLink, Play, Sparkles, Tag } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { type ReactElement, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CatalogueCard } from '@/lib/client/catalogue-contract';
import { AddTagDialog } from './AddTagDialog';

const item =
  'flex cursor-default items-center gap-2 rounded px-2 py-1.5 text-sm text-neutral-100 outline-none select-none data-[highlighted]:bg-sky-800 data-[highlighted]:text-white';

export function CardContextMenu({ video, children }: { video: CatalogueCard; children: ReactElement }) {
  const router = useRouter();
  const [tagging, setTagging] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const href = `/videos/${video.id}`;
  const path = video.relPath ? `${video.libraryName ? `${video.libraryName}/` : ''}${video.relPath}` : video.fileName;
  return (
    <>
      <ContextMenu.Root onOpenChange={(open) => open && setCopied(null)}>
        <ContextMenu.Trigger asChild>{children}</ContextMenu.Trigger>
        <ContextMenu.Portal>
          <ContextMenu.Content className="z-50 min-w-52 rounded-lg border border-neutral-700 bg-neutral-900 p-1 shadow-2xl" data-testid="card-menu" aria-label={`Actions for ${video.title}`}>
            <ContextMenu.Label className="truncate px-2 py-1 text-xs text-neutral-400">{video.title}</ContextMenu.Label>
            <ContextMenu.Item className={item} onSelect={() => router.push(href)}>
              <Play aria-hidden size={16} /> Open
            </ContextMenu.Item>
            <ContextMenu.Item className={item} onSelect={() => window.open(href, '_blank', 'noopener')}>
              <ExternalLink aria-hidden size={16} /> Open in new tab
            </ContextMenu.Item>
            <ContextMenu.Item className={item} onSelect={() => router.push(`${href}#similar`)}>
              <Sparkles aria-hidden size={16} /> Similar to this video
            </ContextMenu.Item>
            <ContextMenu.Separator className="my-1 h-px bg-neutral-700" />
            <ContextMenu.Item
              className={item}
              onSelect={() => {
                navigator.clipboard?.writeText(path).then(
                  () => setCopied(path),
                  () => setCopied(null),
                );
              }}
            >
              <Copy aria-hidden size={16} /> Copy path
            </ContextMenu.Item>
            <ContextMenu.Item className={item} onSelect={() => setTagging(true)}>
              <Tag aria-hidden size={16} /> Add tag…
            </ContextMenu.Item>
          </ContextMenu.Content>
        </ContextMenu.Portal>
      </ContextMenu.Root>
      {/* Beside the trigger may be a table row's place: what the menu opens goes to the body. */}
      {copied &&
        createPortal(
          <span role="status" className="sr-only">
            Copied {copied}
          </span>,
          document.body,
        )}
      {tagging && createPortal(<AddTagDialog video={video} onClose={() => setTagging(false)} />, document.body)}
    </>
  );
}
