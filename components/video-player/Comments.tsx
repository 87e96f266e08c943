'use client';
// Everyone's comments on the video, oldest first, and a box to add one. Writing a time such as
// 1:23 makes it a link that jumps there.
import { useState } from 'react';
import { useAddComment } from '@/lib/client/video-queries';
import type { CommentView } from '@/lib/interactions/interactions.schemas';
import { CommentItem } from './CommentItem';
import { fieldClass, primaryButton, Section } from './Section';

export function Comments({ assetId, comments, duration }: { assetId: string; comments: CommentView[]; duration: number }) {
  const [draft, setDraft] = useState('');
  const add = useAddComment(assetId);
  return (
    <Section title={`Comments (${comments.length})`} testId="comments">
      {comments.length > 0 && (
        <ul className="mb-3 space-y-2">
          {comments.map((c) => (
            <CommentItem key={c.id} assetId={assetId} comment={c} duration={duration} />
          ))}
        </ul>
      )}
      <form
        className="grid gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate(draft, { onSuccess: () => setDraft('') });
        }}
      >
        <label className="text-sm">
          <span className="mb-1 block text-neutral-300">Add a comment (a time like 1:23 becomes a link)</span>
          <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={2} maxLength={5000} required className={fieldClass} />
        </label>
        <span>
          <button type="submit" className={primaryButton} disabled={add.isPending || !draft.trim()}>
            Post comment
          </button>
        </span>
        {add.error && (
          <p role="alert" className="text-sm text-red-400">
            {add.error.message}
          </p>
        )}
      </form>
    </Section>
  );
}
