'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { scanLibrary } from '@/lib/client/libraries-api';
import type { LibraryOverview, Person, ScanView } from '@/lib/libraries/libraries.schemas';
import { LibrarySharing } from '@/components/libraries/LibrarySharing';
import { LibrarySettingsForm } from './LibrarySettingsForm';

const REFRESH_MS = 2000;

// While a scan is queued or running, or files wait for ingest, the server-rendered counts
// are re-fetched every two seconds so progress is visible without reloading.
export function LibraryList({ libraries, people }: { libraries: LibraryOverview[]; people: Person[] }) {
  const router = useRouter();
  const busy = libraries.some((l) => l.scanState !== 'idle' || l.counts.pending > 0 || l.lastScan?.status === 'running');
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [busy, router]);
  const scan = useMutation({ mutationFn: scanLibrary, onSuccess: () => router.refresh() });

  if (libraries.length === 0) return <p className="text-neutral-400">No libraries yet. Add the first one above.</p>;
  return (
    <ul className="grid gap-3">
      {libraries.map((l) => (
        <li key={l.id} className="rounded-lg border border-neutral-800 bg-neutral-900 p-4" data-testid="library" data-library-id={l.id}>
          <div className="flex flex-wrap items-baseline gap-x-3">
            <h3 className="font-medium">{l.name}</h3>
            <code className="text-sm text-neutral-400">{l.rootPath}</code>
            <span className="text-sm text-neutral-400">owned by {l.owner.name}</span>
            <button
              type="button"
              onClick={() => scan.mutate(l.id)}
              disabled={l.scanState !== 'idle'}
              className="ml-auto rounded-md border border-neutral-700 px-3 py-1 text-sm hover:bg-neutral-800 disabled:opacity-50"
            >
              {l.scanState === 'running' ? 'Scanning…' : l.scanState === 'queued' ? 'Scan queued' : 'Scan now'}
            </button>
          </div>
          <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="library-counts">
            <Count label="Files" value={l.counts.total} testId="count-total" />
            <Count label="Ready" value={l.counts.ready} testId="count-ready" />
            <Count label="Waiting" value={l.counts.pending} testId="count-pending" />
            <Count label="Failed" value={l.counts.failed} testId="count-failed" />
            <Count label="Offline" value={l.counts.offline} testId="count-offline" />
          </dl>
          <LastScan scan={l.lastScan} />
          <LibrarySharing libraryId={l.id} libraryName={l.name} ownerId={l.owner.id} members={l.members} people={people} />
          <details className="mt-2">
            <summary className="cursor-pointer text-sm text-neutral-400">
              Settings{l.scanSchedule ? ` · scans on “${l.scanSchedule}”` : ' · manual scans only'}
              {l.watch ? ' · watching' : ''}
            </summary>
            <LibrarySettingsForm library={l} />
          </details>
        </li>
      ))}
    </ul>
  );
}

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="flex gap-1">
      <dt className="text-neutral-400">{label}</dt>
      <dd className="font-medium tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

function LastScan({ scan }: { scan: ScanView | null }) {
  if (!scan) return <p className="mt-2 text-sm text-neutral-400">Not scanned yet.</p>;
  const when = new Date(scan.finishedAt ?? scan.startedAt).toLocaleString();
  const parts = [`${scan.seen} files seen`, `${scan.added} new`, `${scan.changed} changed`, `${scan.offline} offline`, `${scan.restored} back`, `${scan.queued} queued`];
  if (scan.unsupported > 0) parts.push(`${scan.unsupported} skipped: unsupported format`);
  return (
    <p className="mt-2 text-sm text-neutral-400" data-testid="last-scan" data-scan-status={scan.status}>
      {scan.status === 'running' ? 'Scanning: ' : scan.status === 'failed' ? 'Last scan failed: ' : `Last scan (${scan.trigger}, ${when}): `}
      {parts.join(' · ')}
      {scan.error && <span className="block text-red-400">{scan.error}</span>}
    </p>
  );
}
