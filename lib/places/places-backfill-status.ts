// The places backfill as an admin sees it (/admin → Jobs): rows still to look up, files with GPS
// but no place yet, and the job; "Find places now" queues it (the job key folds repeated clicks).
import { enqueue } from '@/lib/jobs/enqueue';
import { prisma } from '@/lib/server/db';
import type { PlacesBackfillStatus } from './places.schemas';
import { selectBackfillJobState, selectPlacesWork } from './places.queries';

export async function getPlacesBackfillStatus(): Promise<PlacesBackfillStatus> {
  const [work, state] = await Promise.all([selectPlacesWork(), selectBackfillJobState()]);
  return { pending: work.pending, missing: work.missing, job: state ? { state } : null };
}

export async function queuePlacesBackfill(): Promise<PlacesBackfillStatus> {
  await enqueue(prisma(), 'places:backfill', {});
  return getPlacesBackfillStatus();
}
