// A comment as the browser sees it: author's id and name, dates as ISO strings, and whether
// the reader wrote it (they may edit and delete only their own).
import type { CommentView } from './interactions.schemas';

export function toCommentView(
  c: { id: string; body: string; createdAt: Date; editedAt: Date | null; user: { id: string; name: string } },
  readerId: string,
): CommentView {
  return {
    id: c.id,
    body: c.body,
    author: c.user,
    createdAt: c.createdAt.toISOString(),
    editedAt: c.editedAt?.toISOString() ?? null,
    mine: c.user.id === readerId,
  };
}
