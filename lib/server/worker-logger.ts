// graphile-worker's log lines through our pino logger. graphile-worker hands the whole job to
// its logger ("Completed task 12 (mail:send…)" carries `job`, payload included), and payloads
// hold invite and reset links, i.e. live tokens: only the job's identity is kept, and the id of
// the request that queued the job (its own lines, "Completed task…", are written outside the
// job's request context, so the id is read from the job).
import { Logger, type LogLevel } from 'graphile-worker';
import { log } from './log';
import { requestIdOfPayload } from './request-context';

const levelMap: Record<LogLevel, 'error' | 'warn' | 'info' | 'debug'> = { error: 'error', warning: 'warn', info: 'info', debug: 'debug' };

interface JobLike {
  id?: unknown;
  task_identifier?: unknown;
  attempts?: unknown;
  max_attempts?: unknown;
  queue_name?: unknown;
}

function jobIdentity(job: JobLike) {
  return { id: job.id, task: job.task_identifier, attempts: job.attempts, maxAttempts: job.max_attempts, queue: job.queue_name };
}

/** The meta of a graphile-worker log line without any job payload. */
export function workerLogMeta(meta: Record<string, unknown> | undefined): Record<string, unknown> {
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta ?? {})) {
    if (key === 'payload') continue;
    if (key === 'job' && value && typeof value === 'object') {
      safe.job = jobIdentity(value as JobLike);
      const requestId = requestIdOfPayload((value as { payload?: unknown }).payload);
      if (requestId) safe.requestId = requestId;
    } else if (key === 'jobs' && Array.isArray(value)) safe.jobs = value.map((j) => jobIdentity(j as JobLike));
    else if (key === 'ctx' || key === 'worker') continue; // large objects, nothing a reader needs
    else safe[key] = value;
  }
  return safe;
}

export const workerLogger = new Logger((scope) => (level, message, meta) =>
  log[levelMap[level]]({ scope: { label: scope.label, workerId: scope.workerId, taskIdentifier: scope.taskIdentifier, jobId: scope.jobId }, ...workerLogMeta(meta) }, message),
);
