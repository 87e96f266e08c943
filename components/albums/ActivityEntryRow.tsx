// One entry of an album's activity feed: a comment (plain text: React writes it as text, so
// markup in it shows as characters), a like, or "Anna added 12 items" with a few thumbnails.
import { Heart, ImagePlus, MessageSquare, Trash2 } from 'lucide-react';
import Link from 'next/link';
import type { ActivityEntry } from '@/lib/album-sharing/album-sharing.schemas';
import { timeAgo } from '@/lib/client/time-ago';

interface Props {
  entry: ActivityEntry;
  /** Inside one item's activity "this item" needs no picture; in the album's, an item gets a link. */
  forItem: boolean;
  onDelete?: (commentId: string) => void;
  deleting?: boolean;
}

function When({ iso }: { iso: string }) {
  return (
    // Server and browser may disagree by a minute ("4 minutes ago" / "5 minutes ago"): fine.
    <time dateTime={iso} title={new Date(iso).toLocaleString('en-GB')} suppressHydrationWarning className="text-xs text-neutral-300">
      {timeAgo(iso)}
    </time>
  );
}

function ItemLink({ assetId }: { assetId: string }) {
  return (
    <Link href={`/photos/${assetId}`} className="shrink-0 rounded focus:outline-2 focus:outline-sky-400">
      {/* eslint-disable-next-line @next/next/no-img-element -- our own thumbnail route, sized by CSS */}
      <img src={`/api/assets/${assetId}/thumbnail`} alt="An item of the album" loading="lazy" className="h-12 w-12 rounded object-cover" />
    </Link>
  );
}

export function ActivityEntryRow({ entry, forItem, onDelete, deleting }: Props) {
  if (entry.kind === 'added') {
    const who = entry.user?.name ?? 'Someone';
    const what = forItem ? 'this item' : entry.count === 1 ? '1 item' : `${entry.count} items`;
    return (
      <li className="flex gap-3 py-3" data-testid="activity-added">
        <ImagePlus aria-hidden size={18} className="mt-0.5 shrink-0 text-sky-300" />
        <div className="min-w-0 flex-1">
          <p className="text-sm text-neutral-100">
            <span className="font-semibold">{who}</span> added {what} <When iso={entry.createdAt} />
          </p>
          {!forItem && entry.assetIds.length > 0 && (
            <div className="mt-2 flex flex-wrap gap-1.5">
              {entry.assetIds.map((id) => (
                <ItemLink key={id} assetId={id} />
              ))}
              {entry.count > entry.assetIds.length && <span className="self-center text-xs text-neutral-300">+{entry.count - entry.assetIds.length} more</span>}
            </div>
          )}
        </div>
      </li>
    );
  }
  const about = forItem || !entry.assetId ? null : entry.assetId;
  if (entry.kind === 'like') {
    return (
      <li className="flex items-center gap-3 py-3" data-testid="activity-like">
        <Heart aria-hidden size={18} className="shrink-0 fill-rose-500 text-rose-500" />
        <p className="min-w-0 flex-1 text-sm text-neutral-100">
          <span className="font-semibold">{entry.user.name}</span> liked {forItem ? 'this item' : entry.assetId ? 'an item' : 'the album'} <When iso={entry.createdAt} />
        </p>
        {about && <ItemLink assetId={about} />}
      </li>
    );
  }
  return (
    <li className="flex gap-3 py-3" data-testid="activity-comment">
      <MessageSquare aria-hidden size={18} className="mt-0.5 shrink-0 text-emerald-300" />
      <div className="min-w-0 flex-1">
        <p className="text-sm">
          <span className="font-semibold text-neutral-100">{entry.user.name}</span> <When iso={entry.createdAt} />
        </p>
        <p className="mt-0.5 whitespace-pre-wrap break-words text-sm text-neutral-100" data-testid="comment-body">
          {entry.body}
        </p>
      </div>
      {about && <ItemLink assetId={about} />}
      {entry.canDelete && onDelete && (
        <button
          type="button"
          onClick={() => onDelete(entry.id)}
          disabled={deleting}
          aria-label={`Delete comment by ${entry.user.name}`}
          className="h-9 w-9 shrink-0 rounded-full p-2 text-neutral-300 hover:bg-neutral-800 hover:text-white focus:outline-2 focus:outline-sky-400 disabled:opacity-50"
        >
          <Trash2 aria-hidden size={16} />
        </button>
      )}
    </li>
  );
}
