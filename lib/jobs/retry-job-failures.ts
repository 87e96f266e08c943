// Retrying failed jobs from /admin/jobs: each report's task is queued again with its payload
// (through the same job keys and flags as the first run, so nothing runs twice and a video
// stays off --no-video workers) and the report is marked resolved. A task name no longer
// known is skipped, never guessed at.
import { enqueue, enqueueAssetJobs } from './enqueue';
import { jobDefinitions, type TaskName } from './job-registry';
import type { FailureFilter } from './job-failures.schemas';
import { findOpenFailures, inFailuresTransaction, markAssetIngestPendingAgain, markFailuresResolved } from './job-failures.queries';

export async function retryJobFailures(target: { ids: string[] } | { filter: FailureFilter }): Promise<{ retried: number; skipped: number }> {
  const failures = await findOpenFailures(target);
  let retried = 0;
  let skipped = 0;
  await inFailuresTransaction(async (tx) => {
    for (const failure of failures) {
      const task = failure.task as TaskName;
      const parsed = jobDefinitions[task]?.payload.safeParse(failure.payload);
      if (!parsed?.success) {
        skipped += 1;
        continue;
      }
      if (task === 'asset:ingest') {
        const { assetId } = parsed.data as { assetId: string };
        await markAssetIngestPendingAgain(tx, assetId);
        await enqueueAssetJobs(tx, task, [assetId]);
      } else {
        await enqueue(tx, task, parsed.data as never);
      }
      retried += 1;
    }
    await markFailuresResolved(tx, failures.map((f) => f.id));
  });
  return { retried, skipped };
}
