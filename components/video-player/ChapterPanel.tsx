'use client';
// The video's chapters: those read from the file and those people added (with who added them),
// in time order; a chapter title at the current time can be added, and one's own removed.
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { ChapterView } from '@/lib/chapters/chapters.schemas';
import { DateText } from './DateText';
import { fieldClass, primaryButton, quietButton, Section } from './Section';
import { TimeButton } from './TimeButton';
import { usePlayerController } from './use-player';

interface Props {
  chapters: ChapterView[];
  onAdd: (input: { seconds: number; title: string }, done: () => void) => void;
  onRemove: (id: string) => void;
  pending: boolean;
  error: string | null;
}

export function ChapterPanel({ chapters, onAdd, onRemove, pending, error }: Props) {
  const controller = usePlayerController();
  const [title, setTitle] = useState('');
  return (
    <Section title="Chapters" testId="chapters">
      {chapters.length === 0 && <p className="mb-2 text-sm text-neutral-400">No chapters yet.</p>}
      <ul className="mb-3 space-y-1.5 text-sm">
        {chapters.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-x-3 gap-y-0.5" data-testid="chapter">
            <TimeButton seconds={c.seconds} />
            <span className="min-w-0 flex-1 break-words">{c.title}</span>
            <span className="text-xs text-neutral-400">
              {c.source === 'file' ? 'from the file' : (
                <>
                  {c.author?.name ?? 'someone'}, <DateText iso={c.createdAt} withTime={false} />
                </>
              )}
            </span>
            {c.mine && c.source === 'user' && (
              <button type="button" className={quietButton} onClick={() => onRemove(c.id)} aria-label={`Remove chapter ${c.title}`}>
                <Trash2 aria-hidden size={16} />
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const seconds = Math.round(controller.time() * 1000) / 1000;
          onAdd({ seconds, title: title.trim() }, () => setTitle(''));
        }}
      >
        <label className="min-w-40 flex-1 text-sm">
          <span className="mb-1 block text-neutral-300">New chapter at the current time</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} placeholder="Chapter title" className={fieldClass} />
        </label>
        <button type="submit" className={primaryButton} disabled={pending || !title.trim()}>
          Add chapter
        </button>
      </form>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-400">
          {error}
        </p>
      )}
    </Section>
  );
}
