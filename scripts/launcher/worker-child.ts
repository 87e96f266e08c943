// The worker as a supervised child of the launcher: restarted with backoff whenever it dies,
// its jobs released (and a job that crashed it twice set aside) before the restart, and its
// state written where /api/health and /admin/jobs read it.
import os from 'node:os';
import { releaseJobsOfExitedProcess } from '@/lib/jobs/release-dead-worker-jobs';
import { removeLauncherStatus, saveLauncherStatus } from '@/lib/jobs/launcher-status.queries';
import { setAsideHooks } from '@/worker/set-aside-hooks';
import type { ChildSpec, ChildStatus } from './supervisor';

export const WORKER_ARGS = ['--import', 'tsx', 'worker/index.ts'];

export function workerChildSpec(env: NodeJS.ProcessEnv, say: (message: string) => void, args = WORKER_ARGS): ChildSpec {
  return {
    name: 'worker',
    args,
    env,
    onUnexpectedExit: 'restart',
    afterExit: async (pid) => {
      const { setAside } = await releaseJobsOfExitedProcess(os.hostname(), pid, setAsideHooks);
      for (const job of setAside) say(`set aside job ${job.jobId} (${job.task}): it crashed the worker twice — see /admin/jobs`);
    },
  };
}

/** Keeps this launcher's row in launcher_status current: on every change and every 15 s. */
export function launcherStatusReporter(say: (message: string) => void) {
  const launcher = { id: `${os.hostname()}:${process.pid}`, hostname: os.hostname(), pid: process.pid };
  let last: ChildStatus | undefined;
  let writing = Promise.resolve();
  let warned = false;
  const write = () => {
    const status = last;
    if (!status) return;
    writing = writing
      .then(() => saveLauncherStatus(launcher, status))
      .catch((error: unknown) => {
        if (!warned) say(`could not record the worker's status: ${error instanceof Error ? error.message : String(error)}`);
        warned = true;
      });
  };
  const timer = setInterval(write, 15_000);
  timer.unref();
  return {
    onStatus(status: ChildStatus) {
      if (status.name !== 'worker') return;
      last = status;
      write();
    },
    async close() {
      clearInterval(timer);
      await writing;
      await removeLauncherStatus(launcher.id).catch(() => undefined);
    },
  };
}
