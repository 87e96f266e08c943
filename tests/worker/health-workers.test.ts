// /api/health with real worker processes: each worker is listed with its flags; a worker
// killed under the launcher stops counting as alive at once (not when its heartbeat ages),
// the launcher's crash is reported even after a quick restart brought a fresh worker, and
// "no fresh heartbeat" is said in words when no worker is running.
import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import type { Health } from '@/lib/admin/get-health';
import { Supervisor } from '@/scripts/launcher/supervisor';
import { launcherStatusReporter, WORKER_ARGS, workerChildSpec } from '@/scripts/launcher/worker-child';
import { createUser, request, signIn } from '../support/factories';
import { waitFor } from '../support/worker-process';

const reporter = launcherStatusReporter(() => undefined);
const supervisor = new Supervisor({ backoff: { baseMs: 10_000, maxMs: 10_000, stableAfterMs: 60_000 }, onStatus: (s) => reporter.onStatus(s) });
afterAll(async () => {
  await supervisor.stopAll(['worker'], 5_000);
  await reporter.close();
});

/** The administrator's report (anyone else gets only the verdict). */
async function readHealth(): Promise<Health> {
  adminCookie ??= (await signIn((await createUser({ role: 'admin' })).id)).cookie;
  return (await health(request('/api/health', { cookie: adminCookie }))).json();
}
let adminCookie: string | undefined;

describe('health of the workers', () => {
  it('lists workers with flags, drops a killed one at once and reports the launcher restarting it', async () => {
    const before = await readHealth();
    expect(before.status).toBe('degraded');
    expect(before.worker).toMatchObject({ alive: false, problem: expect.stringContaining('no worker has a fresh heartbeat') });
    expect(before.workers).toEqual([]);

    const env = { ...process.env, LOG_LEVEL: 'warn', LOG_FORMAT: 'json' as const };
    const args = [...WORKER_ARGS, '--no-ml', '--no-watch', '--concurrency', '3'];
    supervisor.start({ ...workerChildSpec(env, () => undefined, args), stdio: 'pipe' });
    const firstPid = supervisor.status('worker')!.pid!;
    const running = await waitFor(async () => {
      const h = await readHealth();
      return h.worker.alive && h.launchers.length === 1 ? h : null;
    }, 'the worker to heartbeat');
    expect(running.status).toBe('ok');
    expect(running.workers).toEqual([
      expect.objectContaining({ hostname: os.hostname(), pid: firstPid, concurrency: 3, flags: ['no-ml', 'no-watch'], fresh: true }),
    ]);
    expect(running.launchers[0]).toMatchObject({ pid: process.pid, worker: { state: 'running', pid: firstPid, crashes: 0 } });

    process.kill(firstPid, 'SIGKILL');
    const down = await waitFor(async () => {
      const h = await readHealth();
      return h.launchers[0]?.worker.state === 'restarting' && !h.workers.some((w) => w.pid === firstPid) ? h : null;
    }, 'health to notice the dead worker', 8_000); // before the restart, and before its heartbeat would have aged (20 s)
    expect(down.status).toBe('degraded');
    expect(down.worker.alive).toBe(false);
    expect(down.launchers[0].worker).toMatchObject({ crashes: 1, lastExit: 'SIGKILL' });
    expect(down.worker.problem).toMatch(/crashed \(SIGKILL, 1 crash\) and is being restarted/);

    // Restarted: a fresh worker under a new pid, and the crash is still on record.
    const back = await waitFor(async () => {
      const h = await readHealth();
      return h.worker.alive ? h : null;
    }, 'the restarted worker to heartbeat');
    expect(back.workers[0].pid).not.toBe(firstPid);
    expect(back.launchers[0].worker).toMatchObject({ state: 'running', crashes: 1, lastExit: 'SIGKILL' });
    expect(back.status).toBe('ok');
  }, 120_000);
});
