'use client';
// The similar index in /admin → Jobs: when it was last rebuilt, videos waiting for a refresh,
// and "Rebuild now", which queues similar:rebuild (polled every two seconds while it runs).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchSimilarStatus, queueSimilarRebuild } from '@/lib/client/admin-api';

export function SimilarRebuild() {
  const client = useQueryClient();
  const { data, error } = useQuery({
    queryKey: ['admin', 'similar'],
    queryFn: fetchSimilarStatus,
    refetchInterval: (q) => (q.state.data?.rebuild ? 2000 : false),
  });
  const rebuild = useMutation({ mutationFn: queueSimilarRebuild, onSuccess: (status) => client.setQueryData(['admin', 'similar'], status) });
  if (error) return <p role="alert" className="text-red-300">{error.message}</p>;
  if (!data) return <p className="text-sm text-neutral-300">Loading…</p>;
  const job = data.rebuild;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" data-testid="similar-rebuild">
      <span>
        {data.lastRebuiltAt ? `Rebuilt ${new Date(data.lastRebuiltAt).toLocaleString()}` : 'Not built yet'} · {data.users} users · up to {data.videos.toLocaleString()} videos each
      </span>
      <span className="text-neutral-300">{data.waiting.toLocaleString()} waiting for a refresh</span>
      <span role="status" className="text-neutral-300">
        {job?.state === 'running' && `Rebuilding since ${job.since ? new Date(job.since).toLocaleTimeString() : 'now'}…`}
        {job?.state === 'queued' && 'Rebuild queued…'}
        {job?.lastError && <span className="text-red-300"> Last attempt failed: {job.lastError}</span>}
      </span>
      <button type="button" onClick={() => rebuild.mutate()} disabled={rebuild.isPending || job?.state === 'running'} className="ml-auto rounded-md border border-neutral-700 px-3 py-1 hover:bg-neutral-800 disabled:opacity-50">
        Rebuild now
      </button>
    </div>
  );
}
