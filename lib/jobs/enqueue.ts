// Typed enqueue: the payload is checked against the registry, and the job carries the
// registry's priority, attempts, flags and default queue and job key. Runs on the caller's transaction.
// A job queued while handling a request (or running a job a request queued) carries that
// request's id, so the worker's log lines for it name the request (lib/server/request-context.ts).
import { currentRequestId, JOB_REQUEST_ID_KEY } from '@/lib/server/request-context';
import { addAssetJobs, addJob, type SqlRunner } from './add-jobs.queries';
import { defaultJobOptions, type EnqueueOptions, type JobInput, type JobPayload, jobDefinitions, type TaskName } from './job-registry';

export async function enqueue<T extends TaskName>(
  tx: SqlRunner,
  task: T,
  payload: JobInput<T>,
  options: EnqueueOptions = {},
): Promise<void> {
  const def = jobDefinitions[task];
  const parsed = def.payload.parse(payload) as JobPayload<T>;
  options = { ...defaultJobOptions(task, parsed), ...options };
  await addJob(tx, {
    task,
    body: JSON.stringify(withRequestId(parsed)),
    queueName: options.queueName ?? null,
    runAt: options.runAt ?? null,
    maxAttempts: def.maxAttempts,
    jobKey: options.jobKey ?? null,
    priority: def.priority,
    flags: def.flags,
    jobKeyMode: options.jobKeyMode ?? 'replace',
  });
}

/** Many per-asset jobs in one statement, de-duplicated by job key; videos carry the video flag. */
export async function enqueueAssetJobs(tx: SqlRunner, task: 'asset:ingest' | 'asset:motion', assetIds: string[]): Promise<void> {
  if (assetIds.length === 0) return;
  const def = jobDefinitions[task];
  await addAssetJobs(tx, { task, maxAttempts: def.maxAttempts, priority: def.priority, flags: def.flags, videoFlags: def.videoFlags, requestId: currentRequestId() ?? null }, assetIds);
}

// Added after the schema check: task schemas strip unknown keys, so the id never reaches a handler.
function withRequestId(payload: object): object {
  const requestId = currentRequestId();
  return requestId ? { ...payload, [JOB_REQUEST_ID_KEY]: requestId } : payload;
}
