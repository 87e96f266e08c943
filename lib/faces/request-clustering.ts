// Asks for faces:cluster for one owner a little later. One job key per owner with
// preserve_run_at: the faces of a whole import batch are clustered together, once, within
// a minute of the first — and the cron line catches anything missed.
import { enqueue } from '@/lib/jobs/enqueue';
import { prisma } from '@/lib/server/db';

const DEBOUNCE_MS = 30_000;

export async function requestClustering(ownerId: string): Promise<void> {
  await enqueue(prisma(), 'faces:cluster', { ownerId }, { runAt: new Date(Date.now() + DEBOUNCE_MS), jobKeyMode: 'preserve_run_at' });
}
