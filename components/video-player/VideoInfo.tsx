'use client';
// The video's facts: when added, file name, folder (with a copy button), size, length,
// resolution, codecs and bitrate.
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { CopyButton } from './CopyButton';
import { formatClock } from './format-time';
import { Section } from './Section';

const sizeOf = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);

export function folderOf(relPath: string): string {
  const cut = relPath.lastIndexOf('/');
  return cut > 0 ? relPath.slice(0, cut) : '';
}

export function VideoInfo({ details }: { details: AssetDetails }) {
  const folder = `${details.libraryName}: /${folderOf(details.relPath)}`;
  const rows: [string, React.ReactNode][] = [
    ['File', details.fileName],
    [
      'Folder',
      <span key="folder" className="flex flex-wrap items-center gap-1">
        <span className="break-all" data-testid="folder-path">
          {folder}
        </span>
        <CopyButton text={folder} label="Copy folder path" />
      </span>,
    ],
    ['Size', sizeOf(details.size)],
  ];
  if (details.durationMs) rows.push(['Length', formatClock(details.durationMs / 1000)]);
  if (details.width && details.height) rows.push(['Resolution', `${details.width} × ${details.height}`]);
  return (
    <Section title="Info" testId="video-info">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-neutral-400">{label}</dt>
            <dd className="min-w-0 break-words text-neutral-100">{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
