'use client';
// The parts of /admin that change by the second: the job queue, the workers with their
// heartbeats, and ingest throughput. Rendered first from the server's numbers, then asked
// again every ten seconds (GET /api/admin/overview?part=live); the page's big-table parts are
// not re-read.
import { useQuery } from '@tanstack/react-query';
import { Activity, Cpu, ListChecks } from 'lucide-react';
import Link from 'next/link';
import { BarChartPanel } from '@/components/catalogue/BarChartPanel';
import type { LiveOverview } from '@/lib/admin/overview.schemas';
import { fetchLiveOverview } from '@/lib/client/admin-api';
import { countOf, formatAge, formatCount } from './overview-format';
import { SectionCard } from './SectionCard';

const REFRESH_MS = 10_000;
const hourLabel = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

export function LiveOverviewPanel({ initial }: { initial: LiveOverview }) {
  const { data = initial, error } = useQuery({
    queryKey: ['admin', 'overview', 'live'],
    queryFn: fetchLiveOverview,
    // The server's numbers count as fresh for one period: no second request on load.
    initialData: initial,
    initialDataUpdatedAt: Date.parse(initial.generatedAt),
    staleTime: REFRESH_MS,
    refetchInterval: REFRESH_MS,
  });
  const { queue, workers, throughput } = data;
  const waiting = queue.waiting.reduce((s, w) => s + w.jobs, 0);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {error && (
        <p role="alert" className="text-sm text-red-300 lg:col-span-2">
          Could not refresh: {error.message}. Showing the numbers from {new Date(data.generatedAt).toLocaleTimeString('en-GB')}.
        </p>
      )}
      <SectionCard icon={ListChecks} title="Job queue" link={{ href: '/admin/jobs', label: 'Jobs and failures' }}>
        <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4" data-testid="queue-counts">
          <Figure label="Running" value={queue.running} />
          <Figure label="Waiting" value={waiting} />
          <Figure label="Scheduled" value={queue.scheduled} />
          <Figure label="Failed (24 h)" value={queue.failedLastDay} warn={queue.failedLastDay > 0} />
        </dl>
        {queue.waiting.length > 0 ? (
          <ul className="mt-3 grid gap-1 text-sm" aria-label="Waiting jobs by task">
            {queue.waiting.map((w) => (
              <li key={w.task} className="flex justify-between gap-3 border-b border-neutral-800 pb-1">
                <code className="truncate text-neutral-200">{w.task}</code>
                <span className="tabular-nums">{formatCount(w.jobs)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-sm text-neutral-300">Nothing is waiting.</p>
        )}
        {queue.failedLastDay > 0 && (
          <p className="mt-2 text-sm">
            <Link href="/admin/jobs" className="text-sky-300 underline underline-offset-2">
              Read why {queue.failedLastDay === 1 ? 'the failed job' : `the ${formatCount(queue.failedLastDay)} failed jobs`} failed
            </Link>
          </p>
        )}
      </SectionCard>
      <SectionCard icon={Cpu} title="Workers" link={{ href: '/admin/jobs', label: 'Worker details' }}>
        {workers.length === 0 ? (
          <p className="text-sm text-amber-300">No worker has sent a heartbeat in the last hour: jobs are not running.</p>
        ) : (
          <ul className="grid gap-2 text-sm" data-testid="overview-workers">
            {workers.map((w) => (
              <li key={`${w.hostname}:${w.pid}`} className="grid gap-0.5 border-b border-neutral-800 pb-2">
                <span className="font-medium">
                  {w.hostname} · pid {w.pid}
                </span>
                <span className="flex flex-wrap gap-x-3 text-neutral-300">
                  <span>{w.flags.length ? w.flags.map((f) => `--${f}`).join(' ') : 'all jobs'}</span>
                  <span>
                    {w.runningJobs} of {w.concurrency} running
                  </span>
                  <span className={w.fresh ? 'text-neutral-300' : 'text-amber-300'}>
                    {w.fresh ? 'heartbeat' : 'silent since'} {formatAge(w.heartbeatAgeSeconds)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <div className="grid gap-2 lg:col-span-2">
        <h3 className="flex items-center gap-2 text-base font-semibold">
          <Activity aria-hidden size={18} className="text-neutral-400" />
          Ingest throughput
        </h3>
        <p className="text-sm text-neutral-300" data-testid="ingest-rate">
          {countOf(throughput.lastHour, 'asset')} ingested in the last hour;{' '}
          {formatCount(throughput.hours.reduce((s, h) => s + h.assets, 0))} in the last 24 hours.
        </p>
        <BarChartPanel title="Assets ingested per hour, last 24 hours" unit="assets" points={throughput.hours.map((h) => ({ label: hourLabel(h.hour), value: h.assets }))} />
      </div>
    </div>
  );
}

function Figure({ label, value, warn = false }: { label: string; value: number; warn?: boolean }) {
  return (
    <div className="rounded-md bg-neutral-900 p-2">
      <dt className="text-neutral-300">{label}</dt>
      <dd className={`text-lg font-semibold tabular-nums ${warn ? 'text-amber-300' : ''}`}>{formatCount(value)}</dd>
    </div>
  );
}
