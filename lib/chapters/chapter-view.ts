// A chapter as the browser sees it: where it comes from, its author (none for the file's), and
// whether the reader added it (they may remove only their own).
import type { ChapterRow } from './chapters.queries';
import type { ChapterView } from './chapters.schemas';

export function toChapterView(c: ChapterRow, readerId: string): ChapterView {
  return {
    id: c.id,
    seconds: c.seconds,
    title: c.title,
    source: c.user ? 'user' : 'file',
    author: c.user ? { id: c.user.id, name: c.user.name } : null,
    mine: c.user?.id === readerId,
    createdAt: c.createdAt.toISOString(),
  };
}
