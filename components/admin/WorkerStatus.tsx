// The worker block of /admin/jobs: is any worker running, each one's flags, and what the
// launcher knows (a crash, the restart it is waiting for). Server-rendered from getHealth().
import type { Health } from '@/lib/admin/get-health';

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString('en-GB') : '—');

export function WorkerStatus({ health }: { health: Health }) {
  const { problem } = health.worker;
  return (
    <section aria-labelledby="workers-heading" className="grid gap-2 rounded-lg border border-neutral-800 p-3 text-sm">
      <h2 id="workers-heading" className="font-semibold">
        Workers
      </h2>
      <p role="status" data-testid="worker-status" className={problem ? 'text-amber-300' : 'text-emerald-300'}>
        {problem ? `Problem: ${problem}.` : `${health.workers.filter((w) => w.fresh).length} running.`}
      </p>
      {health.workers.length > 0 && (
        <ul className="grid gap-1">
          {health.workers.map((w) => (
            <li key={`${w.hostname}:${w.pid}`} className="flex flex-wrap gap-x-3 text-neutral-300">
              <span>
                {w.hostname} · pid {w.pid}
              </span>
              <span>{w.concurrency} at once</span>
              <span>{w.flags.length ? w.flags.map((f) => `--${f}`).join(' ') : 'all jobs'}</span>
              <span className={w.fresh ? 'text-neutral-400' : 'text-amber-300'}>
                {w.fresh ? 'heartbeat' : 'silent since'} {time(w.lastHeartbeatAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {health.launchers
        .filter((l) => l.worker.crashes > 0 || l.worker.state !== 'running')
        .map((l) => (
          <p key={`${l.hostname}:${l.pid}`} className="text-neutral-300">
            Launcher on {l.hostname}: the worker crashed {l.worker.crashes} {l.worker.crashes === 1 ? 'time' : 'times'} (last: {l.worker.lastExit ?? '—'} at{' '}
            {time(l.worker.lastCrashAt)}){l.worker.state === 'restarting' ? `; restarting at ${time(l.worker.nextStartAt)}` : ''}.
          </p>
        ))}
    </section>
  );
}
