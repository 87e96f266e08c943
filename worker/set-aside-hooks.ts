// What each room does when the sweeper sets aside one of its jobs (its runs crashed a worker
// twice). Wired here, outside lib/, so lib/jobs imports no domain that itself enqueues jobs:
// the worker's sweeper and the launcher pass this map to lib/jobs/release-dead-worker-jobs.ts.
import { markIngestSetAside } from '@/lib/assets/mark-ingest-set-aside';
import type { SetAsideHooks } from '@/lib/jobs/release-dead-worker-jobs';

export const setAsideHooks: SetAsideHooks = {
  'asset:ingest': markIngestSetAside,
};
