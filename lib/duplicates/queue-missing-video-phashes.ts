// Backfill: queues video:phash for ready videos without a perceptual hash (ingested before
// hashes existed, or whose job failed for good). Keyed by asset, so a video already queued is
// folded into its queued run, never hashed twice.
import { enqueue } from '@/lib/jobs/enqueue';
import { prisma } from '@/lib/server/db';
import { selectVideosWithoutPhash } from './duplicates.queries';

export async function queueMissingVideoPhashes(limit = 100_000): Promise<number> {
  const ids = await selectVideosWithoutPhash(limit);
  if (ids.length === 0) return 0;
  await prisma().$transaction(async (tx) => {
    for (const assetId of ids) await enqueue(tx, 'video:phash', { assetId });
  });
  return ids.length;
}
