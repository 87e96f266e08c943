'use client';
// ML analysis of the whole library: one bar per analysis part (colours, quality, and whatever
// parts are registered: CLIP, faces…), a part's reason when it waits (a model not downloaded),
// the ml:analyze jobs, refreshed every two seconds while jobs are queued or running (fifteen on
// a library over 20 000 assets, where each count walks every asset's markers). "Queue
// missing" queues assets that still need a part able to run (libraries analysed before it).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMlProgress, queueMissingAnalysis } from '@/lib/client/admin-api';

export function MlProgress() {
  const client = useQueryClient();
  const { data, error } = useQuery({
    queryKey: ['admin', 'ml-analysis'],
    queryFn: fetchMlProgress,
    refetchInterval: (q) => {
      const d = q.state.data;
      if (!d || d.jobs.queued + d.jobs.running === 0) return false;
      return d.total > 20_000 ? 15_000 : 2000; // the counts walk every asset: slower on big libraries
    },
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
