// The similar index as an admin sees it (/admin → Jobs): when users' vectors were last
// rebuilt, how many videos wait for a refresh, and whether a rebuild is queued or running.
import { enqueue } from '@/lib/jobs/enqueue';
import { prisma } from '@/lib/server/db';
import { selectSimilarStatus } from './similar-admin.queries';

export interface SimilarStatus {
  users: number;
  /** The largest collection a user's IDF counts. */
  videos: number;
  lastRebuiltAt: string | null;
  /** Videos whose metadata changed, waiting for the next answer or the minute job. */
  waiting: number;
  rebuild: { state: 'running' | 'queued'; since: string | null; lastError: string | null } | null;
}

export async function getSimilarStatus(): Promise<SimilarStatus> {
  const r = await selectSimilarStatus();
  return {
    users: r.users,
    videos: r.videos_max ?? 0,
    lastRebuiltAt: r.oldest_build?.toISOString() ?? null,
    waiting: r.dirty,
    rebuild: r.job_state ? { state: r.job_state, since: r.job_since?.toISOString() ?? null, lastError: r.job_error } : null,
  };
}

/** Queues a full rebuild now (one at a time: the job key folds repeated clicks). */
export async function queueSimilarRebuild(): Promise<SimilarStatus> {
  await enqueue(prisma(), 'similar:rebuild', {});
  return getSimilarStatus();
}
