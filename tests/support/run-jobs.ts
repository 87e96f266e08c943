// Runs queued jobs with the real worker task list until the queue is empty.
// Like a `--no-ml` worker by default: tests of ingest, scans or videos leave the ML analysis
// (queued with every ingest, seconds per photo with the face model) in the queue; tests of
// the analysis ask for it with `{ ml: true }`.
import { Logger, runOnce } from 'graphile-worker';
import { taskList } from '@/worker/task-list';

const quiet = new Logger(() => () => undefined);

export async function runQueuedJobs(options: { ml?: boolean } = {}): Promise<void> {
  await runOnce({
    connectionString: process.env.DATABASE_URL!,
    taskList,
    logger: quiet,
    concurrency: 2,
    forbiddenFlags: options.ml ? [] : ['ml'],
  });
}
