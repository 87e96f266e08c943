// Asks for a refresh of monthly_counts a few seconds from now. One job key for everyone and
// preserve_run_at: a burst of ingests or bulk actions folds into one refresh, and a long
// ingest still refreshes every few seconds instead of postponing forever.
import { prisma, type Prisma } from '@/lib/server/db';
import { enqueue } from '@/lib/jobs/enqueue';

const COUNTS_REFRESH_JOB_KEY = 'timeline:refresh-counts';
const DEBOUNCE_MS = 5_000;

export async function requestCountsRefresh(tx: Prisma.TransactionClient | ReturnType<typeof prisma> = prisma()): Promise<void> {
  await enqueue(tx, 'timeline:refresh-counts', {}, {
    jobKey: COUNTS_REFRESH_JOB_KEY,
    jobKeyMode: 'preserve_run_at',
    runAt: new Date(Date.now() + DEBOUNCE_MS),
  });
}
