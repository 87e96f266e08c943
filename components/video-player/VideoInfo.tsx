'use client';
// The video's facts and the owner's words about it: description and external link (editable by
// the owner), when it was added, file name, folder on the server (with a copy button), size,
// length, resolution, codecs, frame rate and bitrate.
import type { ReactNode } from 'react';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { useUpdateAssetInfo } from '@/lib/client/video-queries';
import { CopyButton } from './CopyButton';
import { DateText } from './DateText';
import { EditableText } from './EditableText';
import { formatClock } from './format-time';
import { Section } from './Section';

const sizeOf = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);
const bitrateOf = (bps: number) => (bps >= 1e6 ? `${(bps / 1e6).toFixed(1)} Mbit/s` : `${Math.round(bps / 1e3)} kbit/s`);

/** Only an http(s) address becomes a link; anything else is shown as text. */
export function safeHttpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function VideoInfo({ details }: { details: AssetDetails }) {
  const update = useUpdateAssetInfo(details.id);
  const v = details.video;
  const link = safeHttpUrl(details.externalUrl);
  const rows: [string, ReactNode][] = [
    ['Added', <DateText key="added" iso={details.addedAt} />],
    ['File', details.fileName],
    [
      'Folder',
      <span key="folder" className="flex flex-wrap items-center gap-1">
        <span className="break-all" data-testid="folder-path">
          {details.folderPath}
        </span>
        <CopyButton text={details.folderPath} label="Copy folder path" />
      </span>,
    ],
    ['Size', sizeOf(details.size)],
  ];
  if (details.durationMs) rows.push(['Length', formatClock(details.durationMs / 1000)]);
  if (details.width && details.height) rows.push(['Resolution', `${details.width} × ${details.height}`]);
  if (v) {
    const codecs = [v.container?.split(',')[0], v.videoCodec, v.audioCodec].filter(Boolean).join(' · ');
    if (codecs) rows.push(['Codecs', codecs]);
    if (v.fps) rows.push(['Frame rate', `${Math.round(v.fps * 100) / 100} fps`]);
    if (v.bitrate) rows.push(['Bitrate', bitrateOf(v.bitrate)]);
  }
  const save = (field: 'description' | 'externalUrl') => (value: string, close: () => void) => update.mutate({ [field]: value }, { onSuccess: close });
  return (
    <Section title="Info" testId="video-info">
      <div className="mb-3 grid gap-2 text-sm">
        <EditableText
          label="Description"
          value={details.description ?? ''}
          display={<p className="whitespace-pre-wrap">{details.description}</p>}
          placeholder="Add a description"
          multiline
          canEdit={details.canEdit}
          pending={update.isPending}
          error={update.error?.message}
          onSave={save('description')}
          testId="description"
        />
        <EditableText
          label="External link"
          type="url"
          value={details.externalUrl ?? ''}
          display={
            link ? (
              <a href={link} target="_blank" rel="noopener noreferrer" className="break-all text-sky-300 underline" data-testid="external-link">
                {link}
              </a>
            ) : (
              details.externalUrl
            )
          }
          placeholder="Add a link (http:// or https://)"
          canEdit={details.canEdit}
          pending={update.isPending}
          error={update.error?.message}
          onSave={save('externalUrl')}
          testId="external-url"
        />
      </div>
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
