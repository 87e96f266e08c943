// Queues ml:analyze for every ready asset that still needs a part able to run now and has no
// job for it: libraries ingested before a part existed, a model downloaded later, a removed
// job. Parts that wait (no model yet) are not queued for: their assets would only be skipped.
import { enqueue } from '@/lib/jobs/enqueue';
import { prisma } from '@/lib/server/db';
import { analysisParts } from './analysis-parts';
import { listAssetsWithAnalysisJob } from './ml.queries';
import { walkAnalysisStates } from './walk-analysis-states';

/** Jobs added per transaction: a 100 000-asset backfill never holds one huge transaction. */
const BATCH = 1000;

export async function queueMissingAnalysis(): Promise<number> {
  const waiting = await Promise.all(analysisParts.map((part) => part.unavailable()));
  const runnable = analysisParts.filter((_, i) => !waiting[i]);
  if (runnable.length === 0) return 0;
  const queued = await listAssetsWithAnalysisJob();
  const ids: string[] = [];
  await walkAnalysisStates((assetId, state) => {
    if (!queued.has(assetId) && runnable.some((part) => part.needed(state))) ids.push(assetId);
  });
  for (let i = 0; i < ids.length; i += BATCH) {
    await prisma().$transaction(async (tx) => {
      for (const assetId of ids.slice(i, i + BATCH)) await enqueue(tx, 'ml:analyze', { assetId });
    });
  }
  return ids.length;
}
