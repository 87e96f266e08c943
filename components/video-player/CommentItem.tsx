'use client';
// One comment: author, date (and "edited"), the text with time links; its author may edit or
// delete it.
import { useState } from 'react';
import { useEditComment, useRemoveComment } from '@/lib/client/video-queries';
import type { CommentView } from '@/lib/interactions/interactions.schemas';
import { CommentBody } from './CommentBody';
import { DateText } from './DateText';
import { fieldClass, primaryButton, quietButton } from './Section';

export function CommentItem({ assetId, comment, duration }: { assetId: string; comment: CommentView; duration: number }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const edit = useEditComment(assetId);
  const remove = useRemoveComment(assetId);
  return (
    <li className="border-t border-neutral-800 pt-2 first:border-t-0 first:pt-0" data-testid="comment">
      <div className="mb-1 flex flex-wrap items-baseline gap-x-2 text-xs text-neutral-400">
        <span className="text-sm font-medium text-neutral-200">{comment.author.name}</span>
        <DateText iso={comment.createdAt} />
        {comment.editedAt && <span>(edited)</span>}
        {comment.mine && !editing && (
          <span className="ml-auto flex gap-1">
            <button
              type="button"
              className={quietButton}
              onClick={() => {
                setDraft(comment.body);
                setEditing(true);
              }}
            >
              Edit
            </button>
            <button type="button" className={quietButton} onClick={() => remove.mutate(comment.id)} disabled={remove.isPending}>
              Delete
            </button>
          </span>
        )}
      </div>
      {editing ? (
        <form
          className="grid gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            edit.mutate({ commentId: comment.id, body: draft }, { onSuccess: () => setEditing(false) });
          }}
        >
          <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} maxLength={5000} required aria-label="Edit comment" className={fieldClass} />
          <span className="flex gap-2">
            <button type="submit" className={primaryButton} disabled={edit.isPending}>
              Save
            </button>
            <button type="button" className={quietButton} onClick={() => setEditing(false)}>
              Cancel
            </button>
          </span>
        </form>
      ) : (
        <CommentBody text={comment.body} duration={duration} />
      )}
      {(edit.error ?? remove.error) && (
        <p role="alert" className="text-sm text-red-400">
          {(edit.error ?? remove.error)?.message}
        </p>
      )}
    </li>
  );
}
