// A worker killed with -9 leaves its jobs locked; the sweeper frees them once its heartbeat
// is stale, and leaves alone the jobs of workers that are still alive.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { enqueue } from '@/lib/server/jobs';
import { releaseJobsOfDeadWorkers } from '@/lib/admin/release-dead-worker-jobs';
import { recordHeartbeat } from '@/lib/server/worker-health';

async function lockJob(key: string, workerId: string): Promise<void> {
  await prisma().$executeRaw`
    UPDATE graphile_worker._private_jobs SET locked_by = ${workerId}, locked_at = now() - interval '2 minutes'
    WHERE key = ${key}`;
}

async function lockedBy(key: string): Promise<string | null> {
  const [row] = await prisma().$queryRaw<{ locked_by: string | null }[]>`SELECT locked_by FROM graphile_worker.jobs WHERE key = ${key}`;
  return row.locked_by;
}

describe('releaseJobsOfDeadWorkers', () => {
  it('unlocks jobs of a silent worker and keeps those of a live one', async () => {
    const dead = '00000000-0000-4000-8000-000000000001';
    const alive = '00000000-0000-4000-8000-000000000002';
    await enqueue(prisma(), 'asset:ingest', { assetId: dead }, { jobKey: 'dead-job' });
    await enqueue(prisma(), 'asset:ingest', { assetId: alive }, { jobKey: 'live-job' });
    await lockJob('dead-job', 'worker-dead');
    await lockJob('live-job', 'worker-alive');
    await recordHeartbeat(['worker-alive'], { hostname: 'host', pid: 1, concurrency: 1, flags: [] });

    const { released } = await releaseJobsOfDeadWorkers(20);
    expect(released).toEqual(['worker-dead']);
    expect(await lockedBy('dead-job')).toBeNull();
    expect(await lockedBy('live-job')).toBe('worker-alive');
  });
});
