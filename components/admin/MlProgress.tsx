'use client';
// ML analysis of the whole library: one bar per analysis part (colours, quality, and whatever
// parts are registered: CLIP, faces…), a part's reason when it waits (a model not downloaded),
// the ml:analyze jobs, refreshed every two seconds while jobs are queued or running. "Queue
// missing" queues assets that still need a part able to run (libraries analysed before it).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMlProgress, queueMissingAnalysis } from '@/lib/client/admin-api';

export function MlProgress() {
  const client = useQueryClient();
  const { data, error } = useQuery({
    queryKey: ['admin', 'ml-analysis'],
    queryFn: fetchMlProgress,
    refetchInterval: (q) => ((q.state.data?.jobs.queued ?? 0) + (q.state.data?.jobs.running ?? 0) > 0 ? 2000 : false),
  });
  const queue = useMutation({ mutationFn: queueMissingAnalysis, onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'ml-analysis'] }) });
  if (error) return <p role="alert" className="text-red-300">{error.message}</p>;
  if (!data) return <p className="text-sm text-neutral-300">Loading…</p>;
  const { total, parts, missing, jobs } = data;
  if (total === 0) return <p className="text-sm text-neutral-300">No ready photo or video yet.</p>;
  return (
    <div className="grid gap-3" data-testid="ml-progress">
      <div className="flex flex-wrap items-baseline gap-x-4 text-sm">
        <span className="text-neutral-300">
          {jobs.queued} queued · {jobs.running} running · {jobs.failed} failed · {missing} never queued
        </span>
        {missing > 0 && (
          <button type="button" onClick={() => queue.mutate()} disabled={queue.isPending} className="ml-auto rounded-md border border-neutral-700 px-3 py-1 hover:bg-neutral-800 disabled:opacity-50">
            Queue missing
          </button>
        )}
      </div>
      <ul className="grid gap-2 text-sm">
        {parts.map((part) => (
          <li key={part.name} className="grid gap-1" data-testid="ml-part">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <span className="font-medium capitalize">{part.name}</span>
              <span>
                <strong>{part.done}</strong> of {total} analysed
              </span>
              {part.waiting && <span className="text-amber-200">waiting: {part.waiting}</span>}
            </div>
            <div role="progressbar" aria-label={`${part.name}: assets analysed`} aria-valuemin={0} aria-valuemax={total} aria-valuenow={part.done} className="h-2 overflow-hidden rounded bg-neutral-800">
              <div className={`h-full ${part.waiting ? 'bg-amber-600' : 'bg-sky-500'}`} style={{ width: `${Math.round((part.done / total) * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
