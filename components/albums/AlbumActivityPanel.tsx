'use client';
// The activity of an album (or, with assetId, of one of its items), Immich-style: a like button
// with its count, a comment box, and the feed newest first (comments, likes, "Anna added 12
// items"), older pages on demand. Works with just the album's id and the asker's id and role;
// anyone who has the album may like and comment, a comment's author or the owner delete it.
import { MessageSquarePlus } from 'lucide-react';
import { useId, useState } from 'react';
import { MAX_COMMENT_LENGTH, type ActivityPage, type AlbumActivityCounts, type AlbumPlace } from '@/lib/album-sharing/album-sharing.schemas';
import { fieldErrorsOf } from '@/lib/client/api';
import { likeOf, useActivityCounts, useAlbumActivity, useAlbumComments } from '@/lib/client/album-sharing-queries';
import { ActivityEntryRow } from './ActivityEntryRow';
import { ItemLikeButton } from './ItemLikeButton';

interface Props {
  albumId: string;
  /** One item's activity; without it, the whole album's. */
  assetId?: string;
  currentUserId: string;
  role: AlbumPlace;
  /** What a server component already read, so the first screen needs no round trip. */
  initial?: { page: ActivityPage; counts: AlbumActivityCounts };
  className?: string;
}

export function AlbumActivityPanel({ albumId, assetId, currentUserId, role, initial, className = '' }: Props) {
  const feed = useAlbumActivity(albumId, assetId, initial?.page);
  const counts = useActivityCounts(albumId, assetId, initial?.counts);
  const comments = useAlbumComments(albumId, assetId);
  const [draft, setDraft] = useState('');
  const boxId = useId();
  const hintId = useId();
  const entries = feed.data?.pages.flatMap((p) => p.entries) ?? [];
  // The album's count is every comment in it (on the album and on its items), as the feed shows.
  const commentCount = assetId ? likeOf(counts.data, assetId).comments : (counts.data?.items ?? []).reduce((n, i) => n + i.comments, counts.data?.album.comments ?? 0);
  const tooLong = draft.trim().length > MAX_COMMENT_LENGTH;
  const commentError = fieldErrorsOf(comments.add.error).body?.[0] ?? comments.add.error?.message;

  return (
    <section
      aria-label={assetId ? 'Activity on this item' : 'Album activity'}
      data-testid="album-activity"
      data-user={currentUserId}
      data-role={role}
      className={`flex flex-col gap-3 text-neutral-100 ${className}`}
    >
      <div className="flex flex-wrap items-center gap-3">
        <ItemLikeButton albumId={albumId} assetId={assetId} />
        <span className="text-sm text-neutral-300">{commentCount === 1 ? '1 comment' : `${commentCount} comments`}</span>
      </div>

      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (!draft.trim() || tooLong) return;
          comments.add.mutate(draft, { onSuccess: () => setDraft('') });
        }}
      >
        <label htmlFor={boxId} className="text-sm font-medium text-neutral-200">
          {assetId ? 'Comment on this item' : 'Comment on the album'}
        </label>
        <textarea
          id={boxId}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            // Ctrl/Cmd+Enter sends, as in most chat boxes; Enter alone makes a new line.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
          }}
          rows={2}
          aria-describedby={hintId}
          aria-invalid={tooLong || undefined}
          placeholder="Say something nice…"
          className="w-full resize-y rounded-md border border-neutral-700 bg-neutral-900 px-3 py-2 text-sm text-neutral-100 placeholder:text-neutral-400 focus:outline-2 focus:outline-sky-400"
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span id={hintId} className={`text-xs ${tooLong ? 'text-rose-300' : 'text-neutral-300'}`}>
            {draft.trim().length}/{MAX_COMMENT_LENGTH} · Ctrl+Enter sends
          </span>
          <button
            type="submit"
            disabled={!draft.trim() || tooLong || comments.add.isPending}
            className="inline-flex min-h-9 items-center gap-1.5 rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-600 focus:outline-2 focus:outline-sky-300 disabled:opacity-50"
          >
            <MessageSquarePlus aria-hidden size={16} /> Post
          </button>
        </div>
        {comments.add.isError && (
          <p role="alert" className="text-sm text-rose-300">
            {commentError}
          </p>
        )}
      </form>

      {feed.isPending ? (
        <p className="text-sm text-neutral-300">Loading activity…</p>
      ) : feed.isError ? (
        <p role="alert" className="text-sm text-rose-300">
          Could not load the activity: {feed.error.message}
        </p>
      ) : entries.length === 0 ? (
        <p className="text-sm text-neutral-300">Nothing yet. Be the first to comment.</p>
      ) : (
        <ol className="divide-y divide-neutral-800" aria-label="Newest first">
          {entries.map((entry) => (
            <ActivityEntryRow
              key={entry.id}
              entry={entry}
              forItem={Boolean(assetId)}
              onDelete={(id) => comments.remove.mutate(id)}
              deleting={comments.remove.isPending && comments.remove.variables === entry.id}
            />
          ))}
        </ol>
      )}
      {comments.remove.isError && (
        <p role="alert" className="text-sm text-rose-300">
          {comments.remove.error.message}
        </p>
      )}
      {feed.hasNextPage && (
        <button
          type="button"
          onClick={() => feed.fetchNextPage()}
          disabled={feed.isFetchingNextPage}
          className="self-center rounded-md border border-neutral-700 px-3 py-1.5 text-sm hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400 disabled:opacity-50"
        >
          {feed.isFetchingNextPage ? 'Loading…' : 'Show older'}
        </button>
      )}
    </section>
  );
}
