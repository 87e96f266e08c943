import type { FailedAssetView } from '@/lib/libraries/libraries.schemas';

interface Props {
  failures: FailedAssetView[];
  libraryNames: Record<string, string>;
  /** Prefix of the rows' test ids: `failed` or `offline`. */
  kind?: 'failed' | 'offline';
  empty?: string;
}

export function AssetProblemList({ failures, libraryNames, kind = 'failed', empty = 'No file failed.' }: Props) {
  if (failures.length === 0) return <p className="text-neutral-400">{empty}</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-neutral-400">
        <tr>
          <th className="py-1 pr-4 font-normal">Library</th>
          <th className="py-1 pr-4 font-normal">File</th>
          <th className="py-1 font-normal">Reason</th>
        </tr>
      </thead>
      <tbody>
        {failures.map((f) => (
          <tr key={f.id} className="border-t border-neutral-800 align-top" data-testid={`${kind}-asset`}>
            <td className="py-1.5 pr-4 text-neutral-400">{libraryNames[f.libraryId] ?? '—'}</td>
            <td className="py-1.5 pr-4 font-mono break-all" data-testid={`${kind}-path`}>{f.relPath}</td>
            <td className={kind === 'failed' ? 'py-1.5 text-red-300' : 'py-1.5 text-amber-300'} data-testid={`${kind}-reason`}>{f.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
