'use client';
// A run's progress, asked for every second until it ends; then what it did.
import { useQuery } from '@tanstack/react-query';
import { fetchAutoTagRun } from '@/lib/client/auto-tag-api';

const count = new Intl.NumberFormat('en');

export function AutoTagProgress({ runId }: { runId: string }) {
  const run = useQuery({
    queryKey: ['auto-tag-run', runId],
    queryFn: () => fetchAutoTagRun(runId),
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed') ? false : 1000),
  });
  const status = run.data?.status;
  if (!run.data) return null;
  const { total, done, changed } = run.data;
  const percent = total > 0 ? Math.round((done / total) * 100) : status === 'done' ? 100 : 0;
  return (
    <div className="mt-6 max-w-xl" data-testid="auto-tag-run">
      <div
        role="progressbar"
        aria-label="Auto-tag progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 overflow-hidden rounded bg-neutral-800"
      >
        <div className="h-full bg-sky-500 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-2 text-sm text-neutral-200" aria-live="polite">
        {status === 'queued' && 'Waiting for the worker…'}
        {status === 'running' && `${count.format(done)} of ${count.format(total)} videos looked at, ${count.format(changed)} changed so far.`}
        {status === 'done' && `Done: ${count.format(changed)} of ${count.format(total)} ${total === 1 ? 'video' : 'videos'} changed.`}
        {status === 'failed' && <span className="text-red-300">{run.data.error ?? 'The run stopped on an error.'}</span>}
      </p>
    </div>
  );
}
