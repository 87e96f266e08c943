// Queues video:media for ready videos that have neither their preview media nor a job for
// them — videos ingested before preview media existed, or whose job was removed. Keyed by
// asset, so a video already queued is never queued twice.
import { enqueue } from '@/lib/jobs/enqueue';
import { prisma } from '@/lib/server/db';
import { findVideosMissingMedia } from './video-media.queries';

export async function queueMissingVideoMedia(): Promise<number> {
  const ids = await findVideosMissingMedia();
  if (ids.length === 0) return 0;
  await prisma().$transaction(async (tx) => {
    for (const assetId of ids) await enqueue(tx, 'video:media', { assetId });
  });
  return ids.length;
}
