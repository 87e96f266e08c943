// The launcher's supervisor with real child processes: a worker that crashes at once, over and
// over, is restarted with growing delays and never takes the web server down with it (before
// issue 9, five quick crashes stopped web and PostgreSQL too).
import { afterEach, describe, expect, it } from 'vitest';
import { type ChildStatus, Supervisor } from '@/scripts/launcher/supervisor';
import { waitFor } from '../support/worker-process';

const running: Supervisor[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.stopAll(['web', 'worker'], 2_000);
});

const alive = (pid: number | null | undefined) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the launcher supervisor', () => {
  it('keeps the web up and restarts a crash-looping worker with backoff', async () => {
    const starts: number[] = [];
    const statuses: ChildStatus[] = [];
    const supervisor = new Supervisor({
      backoff: { baseMs: 200, maxMs: 1_600, stableAfterMs: 60_000 },
      onStatus: (s) => {
        if (s.name !== 'worker') return;
        statuses.push(s);
        if (s.state === 'running') starts.push(Date.now());
      },
    });
    running.push(supervisor);
    const web = supervisor.start({ name: 'web', args: ['-e', 'setInterval(() => {}, 1000)'], env: process.env, onUnexpectedExit: 'stop-all', stdio: 'pipe' });
    supervisor.start({ name: 'worker', args: ['-e', 'process.exit(3)'], env: process.env, onUnexpectedExit: 'restart', stdio: 'pipe' });

    await waitFor(async () => (supervisor.status('worker')?.crashes ?? 0) >= 6, 'six worker crashes', 30_000);

    // The web server is the same process, still running.
    expect(alive(web.pid)).toBe(true);
    expect(supervisor.child('web')?.pid).toBe(web.pid);
    // Each restart waited longer than the one before, up to the ceiling: 200, 400, 800, 1600, 1600 ms.
    const gaps = starts.slice(1, 6).map((t, i) => t - starts[i]);
    expect(gaps).toHaveLength(5);
    [200, 400, 800, 1_600, 1_600].forEach((min, i) => expect(gaps[i]).toBeGreaterThanOrEqual(min - 20));
    expect(gaps[3]).toBeGreaterThan(gaps[0] * 4);
    // What the launcher reports: the crashes, the last exit, when it will try again.
    const restarting = statuses.filter((s) => s.state === 'restarting').at(-1)!;
    expect(restarting.lastExit).toBe('code 3');
    expect(restarting.nextStartAt!.getTime()).toBeGreaterThan(restarting.lastCrashAt!.getTime());
  }, 60_000);

  it('stops everything when the web server dies, and leaves no child behind', async () => {
    let fatal = '';
    const supervisor = new Supervisor({ backoff: { baseMs: 100, maxMs: 100, stableAfterMs: 60_000 }, onFatal: (name) => (fatal = name) });
    running.push(supervisor);
    const web = supervisor.start({ name: 'web', args: ['-e', 'setTimeout(() => process.exit(1), 300)'], env: process.env, onUnexpectedExit: 'stop-all', stdio: 'pipe' });
    const worker = supervisor.start({ name: 'worker', args: ['-e', 'setInterval(() => {}, 1000)'], env: process.env, onUnexpectedExit: 'restart', stdio: 'pipe' });
    await waitFor(async () => fatal === 'web', 'the web exit to be reported', 10_000);
    await supervisor.stopAll(['web', 'worker'], 2_000);
    expect(alive(web.pid)).toBe(false);
    expect(alive(worker.pid)).toBe(false);
    expect(supervisor.status('worker')?.state).toBe('stopped');
  }, 30_000);
});
