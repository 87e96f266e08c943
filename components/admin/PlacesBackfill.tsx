'use client';
// Places in /admin → Jobs: rows still to look up, whether files with GPS have no place yet, and
// "Find places now", which queues places:backfill (polled every two seconds while it runs).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchPlacesBackfill, queuePlacesBackfill } from '@/lib/client/places-api';

export function PlacesBackfill() {
  const client = useQueryClient();
  const { data, error } = useQuery({ queryKey: ['admin', 'places'], queryFn: fetchPlacesBackfill, refetchInterval: (q) => (q.state.data?.job ? 2000 : false) });
  const run = useMutation({ mutationFn: queuePlacesBackfill, onSuccess: (status) => client.setQueryData(['admin', 'places'], status) });
  if (error) return <p role="alert" className="text-red-300">{error.message}</p>;
  if (!data) return <p className="text-sm text-neutral-300">Loading…</p>;
  const settled = data.pending === 0 && !data.missing;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" data-testid="places-backfill">
      <span>{settled ? 'Every photo with GPS has its place.' : `${data.pending.toLocaleString('en')} to look up${data.missing ? ', and photos with GPS not placed yet' : ''}`}</span>
      <span role="status" className="text-neutral-300">
        {data.job?.state === 'running' && 'Finding places…'}
        {data.job?.state === 'queued' && 'Queued…'}
      </span>
      <button type="button" onClick={() => run.mutate()} disabled={run.isPending || data.job?.state === 'running'} className="ml-auto rounded-md border border-neutral-700 px-3 py-1 hover:bg-neutral-800 disabled:opacity-50">
        Find places now
      </button>
    </div>
  );
}
