// What a run would add, one row per video: a table from 640 px, a list of cards on a phone.
import Link from 'next/link';
import type { AutoTagChange, AutoTagPreview } from '@/lib/importers/importers.schemas';

const count = new Intl.NumberFormat('en');
const names = (list: { name: string }[]) => list.map((x) => x.name).join(', ');

function VideoName({ change }: { change: AutoTagChange }) {
  return (
    <Link href={`/videos/${change.assetId}`} className="text-sky-300 underline-offset-2 hover:underline">
      {change.title ?? change.relPath.split('/').pop()}
      <span className="block text-xs break-all text-neutral-400">{change.relPath}</span>
    </Link>
  );
}

export function AutoTagPreviewTable({ preview }: { preview: AutoTagPreview }) {
  const shown = preview.changes.length;
  return (
    <div className="mt-6" data-testid="auto-tag-preview">
      <p className="text-sm text-neutral-200" aria-live="polite">
        {preview.total === 0
          ? `Nothing to add: ${count.format(preview.scanned)} ${preview.scanned === 1 ? 'video' : 'videos'} looked at.`
          : `${count.format(preview.total)} of ${count.format(preview.scanned)} videos would change${shown < preview.total ? ` (the first ${count.format(shown)} are shown)` : ''}.`}
      </p>
      {shown > 0 && (
        <>
          <table className="mt-3 hidden w-full border-collapse text-left text-sm sm:table">
            <thead className="border-b border-neutral-700 text-neutral-300">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">Video</th>
                <th scope="col" className="py-2 pr-4 font-medium">Add performers</th>
                <th scope="col" className="py-2 pr-4 font-medium">Set studio</th>
                <th scope="col" className="py-2 font-medium">Add tags</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((c) => (
                <tr key={c.assetId} className="border-b border-neutral-800 align-top">
                  <td className="max-w-xs py-2 pr-4">
                    <VideoName change={c} />
                  </td>
                  <td className="py-2 pr-4 text-neutral-100">{names(c.addPerformers)}</td>
                  <td className="py-2 pr-4 text-neutral-100">{c.studio?.name ?? ''}</td>
                  <td className="py-2 text-neutral-100">{names(c.addTags)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="mt-3 space-y-3 sm:hidden">
            {preview.changes.map((c) => (
              <li key={c.assetId} className="rounded border border-neutral-800 bg-neutral-900 p-3 text-sm">
                <VideoName change={c} />
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-neutral-100">
                  {c.addPerformers.length > 0 && (
                    <>
                      <dt className="text-neutral-300">Performers</dt>
                      <dd>{names(c.addPerformers)}</dd>
                    </>
                  )}
                  {c.studio && (
                    <>
                      <dt className="text-neutral-300">Studio</dt>
                      <dd>{c.studio.name}</dd>
                    </>
                  )}
                  {c.addTags.length > 0 && (
                    <>
                      <dt className="text-neutral-300">Tags</dt>
                      <dd>{names(c.addTags)}</dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
