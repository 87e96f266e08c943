// A little of everything /api/metrics reports, made the way it happens for real: an admin's
// "Scan now" on a one-photo library (with a request id), its jobs run by the real worker task
// list, then one job waiting, one scheduled for later, one failed for good, and a heartbeat.
import { POST as scanNow } from '@/app/api/libraries/[id]/scan/route';
import { enqueue } from '@/lib/jobs/enqueue';
import { recordHeartbeat } from '@/lib/jobs/worker-heartbeats.queries';
import { prisma } from '@/lib/server/db';
import { createUser, params, request, signIn } from './factories';
import { copyCorpus, createLibraryRow } from './library-folder';
import { runQueuedJobs } from './run-jobs';

export const OBSERVED_WORKER_ID = 'worker-observed-1';

export async function makeObservableState(requestId = 'observable-1') {
  const admin = await createUser({ role: 'admin' });
  const adminCookie = (await signIn(admin.id)).cookie;
  const library = await createLibraryRow(admin.id, await copyCorpus('photos/orientation/Landscape_1.jpg'));
  const scan = await scanNow(request(`/api/libraries/${library.id}/scan`, { method: 'POST', cookie: adminCookie, headers: { 'x-request-id': requestId } }), params({ id: library.id }));
  if (scan.status !== 202) throw new Error(`scan answered ${scan.status}`);
  await runQueuedJobs();

  await enqueue(prisma(), 'faces:cluster', {});
  await enqueue(prisma(), 'auth:cleanup-tokens', {}, { runAt: new Date(Date.now() + 3_600_000) });
  await enqueue(prisma(), 'user:delete', { userId: admin.id }, { runAt: new Date(Date.now() + 7_200_000) });
  // Attempts exhausted, as graphile-worker leaves a job that failed its last try.
  await prisma().$executeRaw`SELECT graphile_worker.permanently_fail_jobs(ARRAY(
    SELECT j.id FROM graphile_worker.jobs j WHERE j.task_identifier = 'user:delete'), 'boom')`;
  await recordHeartbeat([OBSERVED_WORKER_ID], { hostname: 'observed-host', pid: 4242, concurrency: 2, flags: ['no-ml'] });
  return { admin, adminCookie, library };
}
