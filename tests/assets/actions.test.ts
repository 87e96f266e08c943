// Bulk actions (all or nothing), trash and restore, emptying the trash (records and derived
// files go, the original stays, the path is remembered), and the count refresh job.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Logger, runOnce } from 'graphile-worker';
import { describe, expect, it } from 'vitest';
import { POST as bulkRoute } from '@/app/api/assets/bulk/route';
import { POST as emptyTrashRoute } from '@/app/api/trash/empty/route';
import { prisma } from '@/lib/server/db';
import { derivedRoot, putObject } from '@/lib/storage/storage';
import { requestCountsRefresh } from '@/lib/timeline/request-counts-refresh';
import timelineRefreshCounts from '@/worker/tasks/timeline-refresh-counts';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, request, signIn } from '../support/factories';
import { getBucket, getBuckets } from '../timeline/helpers';

async function signedInOwner() {
  const user = await createUser();
  const { cookie } = await signIn(user.id);
  return { user, cookie, owner: await libraryOwner(user.id) };
}

const bulk = (cookie: string, ids: string[], action: string) =>
  bulkRoute(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids, action } }));

async function runRefreshJobs() {
  await runOnce({
    connectionString: process.env.DATABASE_URL!,
    taskList: { 'timeline:refresh-counts': timelineRefreshCounts },
    logger: new Logger(() => () => undefined),
  });
}

async function queuedRefreshJobs() {
  const rows = await prisma().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'timeline:refresh-counts'`;
  return Number(rows[0].n);
}

describe('bulk actions', () => {
  it('refuses the whole request with 404 when one id is another user’s, changing nothing', async () => {
    const alice = await signedInOwner();
    const bob = await signedInOwner();
    const mine = await createAsset(alice.owner, { local: '2024-01-01 10:00:00' });
    const his = await createAsset(bob.owner, { local: '2024-01-01 11:00:00' });
    for (const action of ['trash', 'favourite', 'archive']) {
      const res = await bulk(alice.cookie, [mine, his], action);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
    expect((await prisma().asset.findMany({ where: { id: { in: [mine, his] } } })).map((a) => a.status)).toEqual(['online', 'online']);
    expect(await prisma().assetUserState.count()).toBe(0);
    // A missing id is refused the same way.
    expect((await bulk(alice.cookie, [mine, '00000000-0000-4000-8000-000000000000'], 'trash')).status).toBe(404);
  });

  it('validates the body', async () => {
    const { cookie } = await signedInOwner();
    expect((await bulk(cookie, [], 'trash')).status).toBe(422);
    expect((await bulk(cookie, ['not-a-uuid'], 'trash')).status).toBe(422);
    expect((await bulk(cookie, ['00000000-0000-4000-8000-000000000000'], 'explode')).status).toBe(422);
  });

  it('trash hides from the timeline, restore brings back; favourite and archive are per user and reversible', async () => {
    const { cookie, owner } = await signedInOwner();
    const a = await createAsset(owner, { local: '2024-02-01 10:00:00' });
    const b = await createAsset(owner, { local: '2024-02-02 10:00:00' });
    expect(await (await bulk(cookie, [a, b, a], 'trash')).json()).toEqual({ updated: 2 });
    expect((await getBucket(cookie, '2024-02')).id).toEqual([]);
    expect((await getBucket(cookie, '2024-02', '&view=trash')).id).toEqual([b, a]);
    await bulk(cookie, [a], 'restore');
    expect((await getBucket(cookie, '2024-02')).id).toEqual([a]);
    expect((await getBucket(cookie, '2024-02', '&view=trash')).id).toEqual([b]);

    await bulk(cookie, [a], 'favourite');
    const first = await prisma().assetUserState.findFirstOrThrow({ where: { assetId: a } });
    await bulk(cookie, [a], 'favourite'); // again: keeps the first time
    expect((await prisma().assetUserState.findFirstOrThrow({ where: { assetId: a } })).favouriteAt).toEqual(first.favouriteAt);
    await bulk(cookie, [a], 'archive');
    expect((await getBucket(cookie, '2024-02')).id).toEqual([]);
    expect((await getBucket(cookie, '2024-02', '&view=favourites')).id).toEqual([a]);
    await bulk(cookie, [a], 'unarchive');
    await bulk(cookie, [a], 'unfavourite');
    expect((await getBucket(cookie, '2024-02')).id).toEqual([a]);
    expect((await getBucket(cookie, '2024-02', '&view=favourites')).id).toEqual([]);
  });
});

describe('emptying the trash', () => {
  it('deletes records and derived files, keeps the original, remembers the path, leaves the rest alone', async () => {
    const { cookie, owner } = await signedInOwner();
    const original = path.join(owner.rootPath, 'beach.jpg');
    writeFileSync(original, 'not really a jpeg');
    const trashed = await createAsset(owner, { local: '2024-03-01 10:00:00', relPath: 'beach.jpg' });
    const kept = await createAsset(owner, { local: '2024-03-02 10:00:00' });
    const key = `assets/${trashed.slice(0, 2)}/${trashed}/thumb.webp`;
    await putObject(key, Buffer.from('thumb'));
    await prisma().derived.create({ data: { assetId: trashed, kind: 'thumb', storageKey: key, width: 1, height: 1, bytes: 5 } });
    const clipKey = `clips/${owner.ownerId}/${trashed}.gif`;
    await putObject(clipKey, Buffer.from('clip'));
    await prisma().videoClip.create({ data: { userId: owner.ownerId, assetId: trashed, startSeconds: 0, endSeconds: 1, format: 'gif', status: 'done', storageKey: clipKey } });
    const other = await signedInOwner();
    const othersTrash = await createAsset(other.owner, { local: '2024-03-01 10:00:00', status: 'trashed' });
    await bulk(cookie, [trashed], 'trash');

    const res = await emptyTrashRoute(request('/api/trash/empty', { method: 'POST', cookie }));
    expect(await res.json()).toEqual({ deleted: 1 });
    expect(await prisma().asset.findUnique({ where: { id: trashed } })).toBeNull();
    expect(await prisma().derived.count({ where: { assetId: trashed } })).toBe(0);
    expect(existsSync(path.join(derivedRoot(), key))).toBe(false);
    expect(existsSync(path.join(derivedRoot(), clipKey))).toBe(false); // a clip of the video goes with it
    expect(existsSync(original)).toBe(true);
    expect(await prisma().ignoredPath.findMany({ select: { libraryId: true, relPath: true } })).toEqual([
      { libraryId: owner.libraryId, relPath: 'beach.jpg' },
    ]);
    expect(await prisma().asset.findUnique({ where: { id: kept } })).not.toBeNull();
    expect(await prisma().asset.findUnique({ where: { id: othersTrash } })).not.toBeNull();
    // What each user sees afterwards: an empty trash, the rest of the month still there, and
    // the other user's trash untouched.
    expect((await getBucket(cookie, '2024-03', '&view=trash')).id).toEqual([]);
    expect((await getBucket(cookie, '2024-03')).id).toEqual([kept]);
    expect((await getBucket(other.cookie, '2024-03', '&view=trash')).id).toEqual([othersTrash]);
  });
});

describe('timeline:refresh-counts', () => {
  it('folds a burst of requests into one job, and running it brings new assets into the counts', async () => {
    const { cookie, owner } = await signedInOwner();
    await createAsset(owner, { local: '2019-09-09 09:00:00' });
    await createAsset(owner, { local: '2019-09-10 09:00:00', type: 'video', durationMs: 3000 });
    // What ingest does after each asset it finishes:
    for (let i = 0; i < 5; i++) await requestCountsRefresh();
    expect(await queuedRefreshJobs()).toBe(1);
    expect(await getBuckets(cookie)).toEqual([]); // the view has not been refreshed yet

    // Due a few seconds from now; make it due instead of sleeping.
    await prisma().$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE task_id =
      (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'timeline:refresh-counts')`;
    await runRefreshJobs();
    expect(await queuedRefreshJobs()).toBe(0);
    expect(await getBuckets(cookie)).toEqual([{ month: '2019-09', photos: 1, videos: 1, count: 2 }]);
  });

  it('is asked for by bulk actions, so trash and archive reach the counts', async () => {
    const { cookie, owner } = await signedInOwner();
    const a = await createAsset(owner, { local: '2018-08-08 08:00:00' });
    await createAsset(owner, { local: '2018-08-09 08:00:00' });
    await bulk(cookie, [a], 'trash');
    expect(await queuedRefreshJobs()).toBe(1);
    await prisma().$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now()`;
    await runRefreshJobs();
    expect(await getBuckets(cookie)).toEqual([{ month: '2018-08', photos: 1, videos: 0, count: 1 }]);
  });
});
