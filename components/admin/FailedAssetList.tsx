import type { FailedAssetView } from '@/lib/libraries/libraries.schemas';

export function FailedAssetList({ failures, libraryNames }: { failures: FailedAssetView[]; libraryNames: Record<string, string> }) {
  if (failures.length === 0) return <p className="text-neutral-400">No file failed.</p>;
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
          <tr key={f.id} className="border-t border-neutral-800 align-top" data-testid="failed-asset">
            <td className="py-1.5 pr-4 text-neutral-400">{libraryNames[f.libraryId] ?? '—'}</td>
            <td className="py-1.5 pr-4 font-mono break-all" data-testid="failed-path">{f.relPath}</td>
            <td className="py-1.5 text-red-300" data-testid="failed-reason">{f.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
