// Runs queued jobs with the real worker task list until the queue is empty.
import { Logger, runOnce } from 'graphile-worker';
import { taskList } from '@/worker/task-list';

const quiet = new Logger(() => () => undefined);

export async function runQueuedJobs(): Promise<void> {
  await runOnce({ connectionString: process.env.DATABASE_URL!, taskList, logger: quiet, concurrency: 2 });
}
