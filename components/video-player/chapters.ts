// Chapters as the player uses them: a start and a title, in order. The chapter playing at a
// time is the last one starting at or before it.

export interface PlayerChapter {
  id: string;
  seconds: number;
  title: string;
}

export function chapterAt(chapters: PlayerChapter[], seconds: number): PlayerChapter | null {
  let found: PlayerChapter | null = null;
  for (const c of chapters) if (c.seconds <= seconds + 0.001 && (!found || c.seconds >= found.seconds)) found = c;
  return found;
}
