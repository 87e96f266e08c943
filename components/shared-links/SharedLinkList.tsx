'use client';
// The owner's shared links: kind, items, options, expiry, views and last view; per link an
// edit form (options, password change or removal), Revoke (the address stops working at once)
// and Delete. The address itself cannot be shown again: only its hash is kept.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteSharedLink, fetchMySharedLinks, revokeSharedLink } from '@/lib/client/shared-links-api';
import type { SharedLinkView } from '@/lib/shared-links/shared-links.schemas';
import { EditLinkForm } from './EditLinkForm';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : null);

function status(link: SharedLinkView): string {
  if (link.revokedAt) return `Revoked ${when(link.revokedAt)}`;
  if (link.expired) return `Ended ${when(link.expiresAt)}`;
  return link.expiresAt ? `Ends ${when(link.expiresAt)}` : 'No end date';
}

export function SharedLinkList({ initial }: { initial: SharedLinkView[] }) {
  const client = useQueryClient();
  const { data: links = initial } = useQuery({ queryKey: ['shared-links'], queryFn: fetchMySharedLinks, initialData: initial });
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['shared-links'] });
  const revoke = useMutation({ mutationFn: revokeSharedLink, onSuccess: refresh });
  const remove = useMutation({ mutationFn: deleteSharedLink, onSuccess: refresh });
  const error = revoke.error ?? remove.error;
  if (links.length === 0) return <p className="text-neutral-300">You have not shared any links yet.</p>;
  return (
    <>
      {error && <p role="alert" className="text-sm text-rose-300">{error.message}</p>}
      <ul className="grid gap-3" data-testid="shared-link-list">
        {links.map((link) => (
          <li key={link.id} className="rounded-lg border border-neutral-700 bg-neutral-900 p-3" data-testid="shared-link">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <h2 className="min-w-0 flex-1 font-medium break-words">{link.title ?? link.albumTitle ?? (link.kind === 'album' ? 'Album' : 'Selection')}</h2>
              <span className="text-sm text-neutral-300">{link.kind === 'album' ? `Album${link.albumTitle ? `: ${link.albumTitle}` : ''}` : 'Selection'}</span>
            </div>
            <p className="mt-1 text-sm text-neutral-300">
              {link.itemCount === 1 ? '1 item' : `${link.itemCount} items`} · {status(link)} · {link.viewCount === 1 ? '1 view' : `${link.viewCount} views`}
              {link.lastViewedAt && ` (last ${when(link.lastViewedAt)})`}
            </p>
            <p className="mt-1 text-sm text-neutral-300">
              {link.hasPassword ? 'Password' : 'No password'} · {link.showMetadata ? 'Metadata shown' : 'Metadata hidden'} · {link.allowDownload ? 'Downloads allowed' : 'No downloads'}
            </p>
            <div className="mt-2 flex flex-wrap gap-2 text-sm">
              {!link.revokedAt && (
                <button type="button" onClick={() => setEditing(editing === link.id ? null : link.id)} aria-expanded={editing === link.id} className="rounded bg-neutral-800 px-3 py-1 hover:bg-neutral-700">
                  Edit
                </button>
              )}
              {!link.revokedAt && (
                <button type="button" disabled={revoke.isPending} onClick={() => revoke.mutate(link.id)} className="rounded bg-neutral-800 px-3 py-1 hover:bg-neutral-700">
                  Revoke
                </button>
              )}
              <button
                type="button"
                disabled={remove.isPending}
                onClick={() => window.confirm('Delete this link? Its address stops working.') && remove.mutate(link.id)}
                className="rounded bg-neutral-800 px-3 py-1 text-rose-300 hover:bg-neutral-700"
              >
                Delete
              </button>
            </div>
            {editing === link.id && <EditLinkForm link={link} onDone={() => setEditing(null)} />}
          </li>
        ))}
      </ul>
    </>
  );
}
