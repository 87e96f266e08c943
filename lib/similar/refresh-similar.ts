// Keeping the vectors current. Triggers mark a video dirty when its tokens or who may read it
// change (similar_dirty); the marks are consumed here, lazily, before a similar list is
// answered (so an edit shows in the very next answer, well inside the 2 s the issue asks) and
// every minute by the `similar:refresh` cron job (so a large backlog — a library shared with
// someone, an upgrade — is worked off in batches without anyone asking).
import { buildUser, refreshProfiles, refreshVideos, selectFreshness, takeDirty, trySimilarLock, withSimilarLock, type Tx } from './similar-build.queries';

/** Videos one answer refreshes at most; more wait for the next answer or the cron job. */
const REQUEST_BATCH = 2_000;
const JOB_BATCH = 5_000;

async function refreshBatch(tx: Tx, cap: number): Promise<number> {
  const { assetIds, entities } = await takeDirty(tx, cap);
  if (assetIds.length > 0) await refreshVideos(tx, assetIds, entities);
  else await refreshProfiles(tx, entities);
  return assetIds.length;
}

/**
 * Before answering `userId`: refresh what is marked (unless a rebuild holds the lock: then
 * the answer uses the vectors as they are), and build this user's vectors the first time.
 */
export async function ensureSimilarFresh(userId: string): Promise<void> {
  const { dirty, built } = await selectFreshness(userId);
  if (!built) {
    await withSimilarLock(async (tx) => {
      if ((await selectFreshness(userId)).built) return; // another answer built them meanwhile
      await refreshBatch(tx, Number.MAX_SAFE_INTEGER);
      await buildUser(tx, userId);
    });
  } else if (dirty) {
    await trySimilarLock((tx) => refreshBatch(tx, REQUEST_BATCH));
  }
}

/** The cron job: every mark, in committed batches. Returns how many videos were refreshed. */
export async function refreshAllDirty(): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await withSimilarLock((tx) => refreshBatch(tx, JOB_BATCH));
    total += done;
    if (done < JOB_BATCH) return total;
  }
}
