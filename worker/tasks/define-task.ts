// Every task parses its payload with its declared schema and, when it throws, leaves a full
// report in job_failures (task, payload, attempt, message, stack, tool stderr tail) before
// graphile-worker schedules the retry. A job queued by a request runs inside that request's
// context: its log lines, and the jobs it queues in turn, carry the request's id.
import type { JobHelpers, Task } from 'graphile-worker';
import { reportJobFailure } from '@/lib/jobs/report-job-failure';
import { jobDefinitions, type JobPayload, type TaskName } from '@/lib/jobs/job-registry';
import { log } from '@/lib/server/log';
import { requestIdOfPayload, runWithRequestContext } from '@/lib/server/request-context';

export type TaskHandler<T extends TaskName> = (payload: JobPayload<T>, helpers: JobHelpers) => Promise<void>;

export function defineTask<T extends TaskName>(name: T, handler: TaskHandler<T>): Task {
  const run: Task = async (rawPayload, helpers) => {
    const started = performance.now();
    try {
      const payload = jobDefinitions[name].payload.parse(rawPayload ?? {}) as JobPayload<T>;
      await handler(payload, helpers);
    } catch (error) {
      await recordFailure(name, rawPayload, helpers, error);
      throw error;
    }
    log.info({ task: name, jobId: helpers.job.id, attempt: helpers.job.attempts, ms: Math.round(performance.now() - started) }, 'job done');
  };
  return (rawPayload, helpers) => {
    const requestId = requestIdOfPayload(rawPayload);
    return requestId ? runWithRequestContext({ requestId }, () => run(rawPayload, helpers)) : run(rawPayload, helpers);
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
