// Every task parses its payload with its declared schema and, when it throws, leaves a full
// report in job_failures (task, payload, attempt, message, stack, tool stderr tail) before
// graphile-worker schedules the retry.
import type { JobHelpers, Task } from 'graphile-worker';
import { reportJobFailure } from '@/lib/jobs/report-job-failure';
import { jobDefinitions, type JobPayload, type TaskName } from '@/lib/jobs/job-registry';
import { log } from '@/lib/server/log';

export type TaskHandler<T extends TaskName> = (payload: JobPayload<T>, helpers: JobHelpers) => Promise<void>;

export function defineTask<T extends TaskName>(name: T, handler: TaskHandler<T>): Task {
  return async (rawPayload, helpers) => {
    try {
      const payload = jobDefinitions[name].payload.parse(rawPayload ?? {}) as JobPayload<T>;
      await handler(payload, helpers);
    } catch (error) {
      await recordFailure(name, rawPayload, helpers, error);
      throw error;
    }
  };
}

async function recordFailure(task: string, payload: unknown, helpers: JobHelpers, error: unknown): Promise<void> {
  const err = error instanceof Error ? error : new Error(String(error));
  const stderr = (err as { stderr?: unknown }).stderr;
  log.error({ task, jobId: helpers.job.id, attempt: helpers.job.attempts, err }, 'job failed');
  await reportJobFailure({
    jobId: String(helpers.job.id),
    task,
    payload,
    attempt: helpers.job.attempts,
    message: err.message,
    stack: err.stack,
    stderrTail: typeof stderr === 'string' ? stderr : null,
  }).catch((dbError: unknown) => log.error({ err: dbError }, 'could not record job failure'));
}
