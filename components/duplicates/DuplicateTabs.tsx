// Photos | Videos: the two duplicates pages link to each other (photos group by pHash and
// checksum, videos pair by Stash's video hash).
import Link from 'next/link';

export function DuplicateTabs({ current }: { current: 'photos' | 'videos' }) {
  const tab = (name: 'photos' | 'videos', href: string, label: string) => (
    <Link
      href={href}
      aria-current={current === name ? 'page' : undefined}
      className="rounded px-3 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800 aria-[current=page]:bg-sky-700 aria-[current=page]:text-white"
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Duplicates of" className="mb-4 flex w-fit gap-1 rounded-lg border border-neutral-800 p-1">
      {tab('photos', '/duplicates', 'Photos')}
      {tab('videos', '/videos/duplicates', 'Videos')}
    </nav>
  );
}
