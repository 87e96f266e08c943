'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FailureReasonCount, JobFailureView } from '@/lib/jobs/job-failures.schemas';
import { retryFailedJobs } from '@/lib/client/admin-api';

interface Props {
  failures: JobFailureView[];
  reasons: FailureReasonCount[];
  filter: { q?: string; task?: string };
}

export function JobFailureList({ failures, reasons, filter }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const retry = useMutation({
    mutationFn: retryFailedJobs,
    onSuccess: () => {
      setSelected(new Set());
      router.refresh();
    },
  });
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const href = (q?: string) => `/admin/jobs${q ? `?q=${encodeURIComponent(q)}` : ''}`;

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <form action="/admin/jobs" className="flex gap-2">
        <input name="q" defaultValue={filter.q} placeholder="Filter by reason…" className="flex-1 rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2 text-sm" />
        <button className="rounded-md border border-neutral-700 px-3 py-2 text-sm hover:bg-neutral-800">Filter</button>
      </form>
      {reasons.length > 0 && (
        <ul className="flex flex-wrap gap-2 text-sm" aria-label="Reasons">
          {reasons.map((r) => (
            <li key={r.message} className="max-w-full">
              <a href={href(r.message)} className="inline-block max-w-full truncate sm:max-w-md rounded-full border border-neutral-700 px-3 py-1 hover:bg-neutral-800" title={r.message}>
                {r.message} <span className="text-neutral-400">×{r.count}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-neutral-400" data-testid="failure-count">
          {failures.length} open {failures.length === 1 ? 'failure' : 'failures'}
        </span>
        <button type="button" disabled={selected.size === 0 || retry.isPending} onClick={() => retry.mutate({ ids: [...selected] })} className="rounded-md border border-neutral-700 px-3 py-1 hover:bg-neutral-800 disabled:opacity-50">
          Retry selected ({selected.size})
        </button>
        <button type="button" disabled={failures.length === 0 || retry.isPending} onClick={() => retry.mutate({ all: true, filter })} className="rounded-md border border-neutral-700 px-3 py-1 hover:bg-neutral-800 disabled:opacity-50">
          Retry all{filter.q ? ' matching' : ''}
        </button>
        {retry.data && <span role="status">Queued {retry.data.retried} again.</span>}
        {retry.error && <span role="alert" className="text-red-400">{retry.error.message}</span>}
      </div>
      {failures.length === 0 ? (
        <p className="text-neutral-400">No job has failed{filter.q ? ' with that reason' : ''}.</p>
      ) : (
        <ul className="grid grid-cols-1 gap-2">
          {failures.map((f) => (
            <li key={f.id} className="rounded-lg border border-neutral-800 bg-neutral-900 p-3 text-sm" data-testid="job-failure">
              <div className="flex items-start gap-3">
                <input type="checkbox" aria-label={`Select this ${f.task} failure`} checked={selected.has(f.id)} onChange={() => toggle(f.id)} className="mt-1" />
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap gap-x-3">
                    <code className="text-sky-300">{f.task}</code>
                    <span className="text-neutral-400">attempt {f.attempt}</span>
                    <span className="text-neutral-400">{new Date(f.createdAt).toLocaleString()}</span>
                  </div>
                  {f.subject && (
                    <p className="mt-1 break-all text-neutral-200" data-testid="failure-subject">
                      <span className="text-neutral-400">{f.subject.libraryName}</span>
                      {f.subject.relPath && <> / {f.subject.relPath}</>}
                    </p>
                  )}
                  <p className="mt-1 text-red-300">{f.message}</p>
                  <details className="mt-2">
                    <summary className="cursor-pointer text-neutral-400">Full report</summary>
                    <pre className="mt-2 overflow-x-auto text-xs whitespace-pre-wrap text-neutral-300">
                      {`payload: ${JSON.stringify(f.payload)}\njob: ${f.jobId ?? '—'}\n\n${f.stack ?? ''}${f.stderrTail ? `\n\nstderr (tail):\n${f.stderrTail}` : ''}`}
                    </pre>
                  </details>
                </div>
                <button type="button" onClick={() => retry.mutate({ ids: [f.id] })} disabled={retry.isPending} className="rounded-md border border-neutral-700 px-2 py-1 hover:bg-neutral-800">
                  Retry
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
