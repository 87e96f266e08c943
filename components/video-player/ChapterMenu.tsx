'use client';
// The chapters as a menu in the control bar: the current one marked, a choice seeks to it.
import { ListVideo } from 'lucide-react';
import { chapterAt, type PlayerChapter } from './chapters';
import { formatClock } from './format-time';
import { Choice, Popover } from './Popover';
import { usePlayerController, usePlayerState } from './use-player';

export function ChapterMenu({ chapters }: { chapters: PlayerChapter[] }) {
  const controller = usePlayerController();
  const { time } = usePlayerState();
  const current = chapterAt(chapters, time);
  if (chapters.length === 0) return null;
  return (
    <Popover label="Chapters" face={<ListVideo aria-hidden size={20} />} testId="chapter-menu">
      {chapters.map((c) => (
        <Choice key={c.id} selected={c.id === current?.id} onSelect={() => controller.seek(c.seconds)}>
          <span className="w-14 shrink-0 text-neutral-300 tabular-nums">{formatClock(c.seconds)}</span>
          <span className="truncate">{c.title}</span>
        </Choice>
      ))}
    </Popover>
  );
}
