// A worker killed with -9 leaves its jobs locked; the sweeper frees them once its heartbeat
// is stale, and leaves alone the jobs of workers that are still alive.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { enqueue } from '@/lib/jobs/enqueue';
import { releaseJobsOfDeadWorkers } from '@/lib/jobs/release-dead-worker-jobs';
import { recordHeartbeat } from '@/lib/jobs/worker-heartbeats.queries';
import { setAsideHooks } from '@/worker/set-aside-hooks';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser } from '../support/factories';

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

    const { released } = await releaseJobsOfDeadWorkers(setAsideHooks, 20);
    expect(released).toEqual(['worker-dead']);
    expect(await lockedBy('dead-job')).toBeNull();
    expect(await lockedBy('live-job')).toBe('worker-alive');
  });
});

describe('a file whose ingest took its worker down twice', () => {
  it('is set aside: the asset ends failed with the reason, and the job is not run again', async () => {
    const owner = await libraryOwner((await createUser()).id);
    const assetId = await createAsset(owner, { local: '2024-05-01 10:00:00', ingestStatus: 'pending' });
    await enqueue(prisma(), 'asset:ingest', { assetId }, { jobKey: 'poison' });

    await lockJob('poison', 'worker-crashed-once');
    expect((await releaseJobsOfDeadWorkers(setAsideHooks, 20)).setAside).toEqual([]);
    expect(await lockedBy('poison')).toBeNull(); // the first crash earns a second chance

    await lockJob('poison', 'worker-crashed-twice');
    const { setAside } = await releaseJobsOfDeadWorkers(setAsideHooks, 20);
    expect(setAside.map((j) => j.task)).toEqual(['asset:ingest']);
    const asset = await prisma().asset.findUniqueOrThrow({ where: { id: assetId } });
    expect(asset).toMatchObject({ ingestStatus: 'failed', ingestError: 'the worker crashed while processing this file' });
    const [job] = await prisma().$queryRaw<{ attempts: number; max_attempts: number }[]>`SELECT attempts, max_attempts FROM graphile_worker.jobs WHERE key = 'poison'`;
    expect(job.attempts).toBe(job.max_attempts);
    expect(await prisma().jobFailure.findMany({ select: { task: true, message: true } })).toEqual([
      { task: 'asset:ingest', message: 'the worker crashed while processing this file' },
    ]);
  });
});

describe('jobs held together by a worker that died', () => {
  it('run again one at a time, so the innocent one is not in the next crash', async () => {
    await enqueue(prisma(), 'asset:ingest', { assetId: '00000000-0000-4000-8000-00000000000a' }, { jobKey: 'first' });
    await enqueue(prisma(), 'asset:ingest', { assetId: '00000000-0000-4000-8000-00000000000b' }, { jobKey: 'second' });
    await lockJob('first', 'worker-gone');
    await lockJob('second', 'worker-gone');
    await releaseJobsOfDeadWorkers(setAsideHooks, 20);

    const rows = await prisma().$queryRaw<{ key: string; due_in: number }[]>`
      SELECT key, extract(epoch FROM run_at - now())::float AS due_in FROM graphile_worker.jobs WHERE key IN ('first', 'second') ORDER BY key`;
    const due = Object.fromEntries(rows.map((r) => [r.key, r.due_in]));
    expect(due.first).toBeLessThanOrEqual(0);
    expect(due.second).toBeGreaterThan(25);
    expect(await lockedBy('second')).toBeNull();
  });
});
