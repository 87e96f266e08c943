// Retrying failed jobs from /admin/jobs: each report's task is queued again with its payload
// (through the same job keys as the first run, so nothing runs twice) and the report is
// marked resolved. A task name no longer known is skipped, never guessed at.
import { prisma } from '@/lib/server/db';
import { defaultJobOptions, enqueue, jobDefinitions, type TaskName } from '@/lib/server/jobs';
import type { FailureFilter } from './job-failures.schemas';
import { findOpenFailures } from './job-failures.queries';

export async function retryJobFailures(target: { ids: string[] } | { filter: FailureFilter }): Promise<{ retried: number; skipped: number }> {
  const failures = await findOpenFailures(target);
  let retried = 0;
  let skipped = 0;
  await prisma().$transaction(async (tx) => {
    for (const failure of failures) {
      const task = failure.task as TaskName;
      const parsed = jobDefinitions[task]?.payload.safeParse(failure.payload);
      if (!parsed?.success) {
        skipped += 1;
        continue;
      }
      if (task === 'asset:ingest') {
        const { assetId } = parsed.data as { assetId: string };
        await tx.asset.updateMany({ where: { id: assetId, ingestStatus: 'failed' }, data: { ingestStatus: 'pending', ingestError: null } });
      }
      await enqueue(tx, task, parsed.data as never, defaultJobOptions(task, parsed.data as never));
      retried += 1;
    }
    await tx.jobFailure.updateMany({ where: { id: { in: failures.map((f) => f.id) } }, data: { resolvedAt: new Date() } });
  });
  return { retried, skipped };
}
