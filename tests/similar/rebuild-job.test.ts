// The rebuild from /admin: the button's route queues one similar:rebuild job (repeated clicks
// fold into it), the worker's task runs it, and the status says when it was done; the minute
// job works off marks nobody asked about.
import { describe, expect, it } from 'vitest';
import { GET, POST } from '@/app/api/admin/similar/route';
import type { SimilarStatus } from '@/lib/similar/get-similar-status';
import { prisma } from '@/lib/server/db';
import { enqueue } from '@/lib/jobs/enqueue';
import { createUser, params, request, signIn } from '../support/factories';
import { runQueuedJobs } from '../support/run-jobs';
import { household, link, similar, tag, video } from './helpers';

describe('similar rebuild job', () => {
  it('is queued once from /admin, runs in the worker, and the status shows it', async () => {
    const admin = await createUser({ role: 'admin' });
    const { cookie } = await signIn(admin.id);
    const h = await household();
    const beach = await tag(h.owner.id, 'beach');
    const [a, b] = [await video(h.family, 1), await video(h.family, 2)];
    await link(a, { tags: [beach] });
    await link(b, { tags: [beach] });
    const status = async (): Promise<SimilarStatus> => (await GET(request('/api/admin/similar', { cookie }), params({}))).json();
    expect(await status()).toMatchObject({ users: 0, waiting: 2, rebuild: null, lastRebuiltAt: null });

    for (let i = 0; i < 3; i++) expect((await POST(request('/api/admin/similar', { method: 'POST', cookie }), params({}))).status).toBe(202);
    expect((await status()).rebuild).toMatchObject({ state: 'queued' });
    expect(await prisma().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'similar:rebuild'`).toEqual([{ n: 1 }]);

    await runQueuedJobs();
    // graphile-worker may complete the job row a moment after runOnce returns: wait on it.
    await expect.poll(async () => (await status()).rebuild, { timeout: 10_000 }).toBeNull();
    const after = await status();
    // Every account (the admin, the household's three) has vectors; nothing waits.
    expect(after).toMatchObject({ users: 4, waiting: 0, rebuild: null, videos: 2 });
    expect(after.lastRebuiltAt).not.toBeNull();
    expect((await similar(h.member.cookie, a)).items.map((i) => i.video.id)).toEqual([b]);
  });

  it('works off marked videos in the minute job', async () => {
    const h = await household();
    const beach = await tag(h.owner.id, 'beach');
    const [a, b] = [await video(h.family, 1), await video(h.family, 2)];
    await similar(h.member.cookie, a); // the member's vectors exist
    await link(a, { tags: [beach] });
    await link(b, { tags: [beach] });
    expect(await prisma().similarDirty.count()).toBe(2);
    await enqueue(prisma(), 'similar:refresh', {});
    await runQueuedJobs();
    expect(await prisma().similarDirty.count()).toBe(0);
    expect(await prisma().similarVector.count({ where: { userId: h.member.id, assetId: { in: [a, b] } } })).toBe(2);
  });
});
