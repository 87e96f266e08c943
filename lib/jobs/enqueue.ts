// Typed enqueue: the payload is checked against the registry, and the job carries the
// registry's priority, attempts and flags. Runs on the caller's transaction.
import { addAssetJobs, addJob, type SqlRunner } from './add-jobs.queries';
import { type EnqueueOptions, type JobInput, jobDefinitions, type TaskName } from './job-registry';

export async function enqueue<T extends TaskName>(
  tx: SqlRunner,
  task: T,
  payload: JobInput<T>,
  options: EnqueueOptions = {},
): Promise<void> {
  const def = jobDefinitions[task];
  await addJob(tx, {
    task,
    body: JSON.stringify(def.payload.parse(payload)),
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
export async function enqueueAssetJobs(tx: SqlRunner, task: 'asset:ingest', assetIds: string[]): Promise<void> {
  if (assetIds.length === 0) return;
  const def = jobDefinitions[task];
  await addAssetJobs(tx, { task, maxAttempts: def.maxAttempts, priority: def.priority, flags: def.flags, videoFlags: def.videoFlags }, assetIds);
}
