'use client';
// A comment's plain text with its times ("12:34", "1:02:03") as buttons that seek. Pieces are
// React text: whatever the comment holds is shown, never interpreted as HTML.
import { splitTimeLinks } from './time-links';
import { TimeButton } from './TimeButton';

export function CommentBody({ text, duration }: { text: string; duration: number }) {
  return (
    <p className="text-sm break-words whitespace-pre-wrap text-neutral-100" data-testid="comment-body">
      {splitTimeLinks(text, duration > 0 ? duration : null).map((piece, i) =>
        piece.kind === 'time' ? <TimeButton key={i} seconds={piece.seconds} label={piece.text} /> : <span key={i}>{piece.text}</span>,
      )}
    </p>
  );
}
