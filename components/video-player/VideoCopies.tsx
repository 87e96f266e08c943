// "Also in": the other places the user can read this video's file from (same bytes, another
// library or folder), with each copy's size, and the video's perceptual hash as Stash shows it
// (16 hex digits, comparable with Stash and StashDB). Server-rendered: nothing here changes.
import type { VideoCopies as Copies } from '@/lib/duplicates/duplicates.schemas';
import { Section } from './Section';

const sizeOf = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);

export function VideoCopies({ copies, phash }: Copies) {
  const others = copies.filter((c) => !c.current);
  if (others.length === 0 && !phash) return null;
  return (
    <Section title="Copies" testId="video-copies">
      {others.length > 0 && (
        <ul className="mb-2 grid gap-1 text-sm">
          {others.map((c) => (
            <li key={c.id} className="break-all" data-testid="video-copy">
              <span className="text-neutral-400">Also in: </span>
              {c.libraryName} / {c.relPath} <span className="text-neutral-400">· {sizeOf(c.size)}</span>
              {c.status === 'offline' && <span className="text-amber-300"> · offline</span>}
            </li>
          ))}
        </ul>
      )}
      {phash && (
        <p className="text-sm">
          <span className="text-neutral-400">Perceptual hash: </span>
          <code className="font-mono" data-testid="video-phash">
            {phash}
          </code>
        </p>
      )}
    </Section>
  );
}
