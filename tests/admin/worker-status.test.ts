// The worker block an admin sees on /admin/jobs, rendered from the real health report: a
// crash-looping worker shows as a problem with its crash count and next restart, and a
// running worker with its flags.
import os from 'node:os';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WorkerStatus } from '@/components/admin/WorkerStatus';
import { getHealth } from '@/lib/admin/get-health';
import { saveLauncherStatus } from '@/lib/jobs/launcher-status.queries';
import { recordHeartbeat } from '@/lib/jobs/worker-heartbeats.queries';

const text = async () => renderToStaticMarkup(createElement(WorkerStatus, { health: await getHealth() })).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the worker block of /admin/jobs', () => {
  it('says when no worker runs, and shows a crashing worker and a running one', async () => {
    expect(await text()).toContain('Problem: no worker has a fresh heartbeat');

    const launcher = { id: 'test-launcher', hostname: os.hostname(), pid: 4242 };
    await saveLauncherStatus(launcher, {
      state: 'restarting',
      pid: null,
      crashes: 3,
      lastExit: 'code 1',
      lastCrashAt: new Date(),
      nextStartAt: new Date(Date.now() + 8_000),
    });
    const crashing = await text();
    expect(crashing).toContain(`Problem: the worker on ${os.hostname()} crashed (code 1, 3 crashes) and is being restarted.`);
    expect(crashing).toMatch(/the worker crashed 3 times \(last: code 1 at [\d:]+\); restarting at [\d:]+\./);

    await saveLauncherStatus(launcher, { state: 'running', pid: 4343, crashes: 3, lastExit: 'code 1', lastCrashAt: new Date(), nextStartAt: null });
    await recordHeartbeat(['w-1', 'w-2'], { hostname: 'photos-box', pid: 4343, concurrency: 2, flags: ['no-ml', 'no-video'] });
    const running = await text();
    expect(running).toContain('1 running.');
    expect(running).toContain('photos-box · pid 4343 2 at once --no-ml --no-video heartbeat');
  });
});
