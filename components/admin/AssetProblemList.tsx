import Link from 'next/link';
import type { FailedAssetView } from '@/lib/libraries/libraries.schemas';

interface Props {
  failures: FailedAssetView[];
  libraryNames: Record<string, string>;
  /** Prefix of the rows' test ids: `failed` or `offline`. */
  kind?: 'failed' | 'offline';
  empty?: string;
  /** The admin looking: their own files link to the viewer, which says what to do. */
  viewerId?: string;
}

// A table on wide screens; on a phone each file is a block (library, path, reason) with the
// column names kept for screen readers.
export function AssetProblemList({ failures, libraryNames, kind = 'failed', empty = 'No file failed.', viewerId }: Props) {
  if (failures.length === 0) return <p className="text-neutral-400">{empty}</p>;
  const cell = 'py-1.5 pr-4 max-sm:p-0';
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-neutral-400 max-sm:sr-only">
        <tr>
          <th className="py-1 pr-4 font-normal">Library</th>
          <th className="py-1 pr-4 font-normal">File</th>
          <th className="py-1 font-normal">Reason</th>
        </tr>
      </thead>
      <tbody>
        {failures.map((f) => (
          <tr key={f.id} className="border-t border-neutral-800 align-top max-sm:flex max-sm:flex-col max-sm:gap-0.5 max-sm:py-2" data-testid={`${kind}-asset`}>
            <td className={`${cell} text-neutral-400`}>{libraryNames[f.libraryId] ?? '—'}</td>
            <td className={`${cell} font-mono break-all`} data-testid={`${kind}-path`}>
              {f.ownerId === viewerId ? (
                <Link href={`/photos/${f.id}`} className="underline decoration-neutral-600 underline-offset-2 hover:decoration-current">
                  {f.relPath}
                </Link>
              ) : (
                f.relPath
              )}
            </td>
            <td className={`${cell} ${kind === 'failed' ? 'text-red-300' : 'text-amber-300'}`} data-testid={`${kind}-reason`}>{f.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
