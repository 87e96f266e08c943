// Runs queued jobs of the given tasks only (real task handlers, real graphile-worker), for
// tests that should not load every task of the worker.
import { Logger, runOnce, type TaskList } from 'graphile-worker';

const quiet = new Logger(() => () => undefined);

export async function runTasks(taskList: TaskList): Promise<void> {
  await runOnce({ connectionString: process.env.DATABASE_URL!, taskList, logger: quiet, concurrency: 1 });
}
