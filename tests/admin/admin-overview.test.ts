// The /admin overview from real data: a corpus folder scanned and ingested by the real jobs,
// accounts and invitations, queued, scheduled, running and failed jobs, a worker heartbeat,
// and an older asset for the growth months. Read through the route an admin's page refreshes
// from, and through the operation the page renders.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as overviewRoute } from '@/app/api/admin/overview/route';
import { getAdminOverview } from '@/lib/admin/get-admin-overview';
import type { AdminOverview, LiveOverview } from '@/lib/admin/overview.schemas';
import { recordHeartbeat } from '@/lib/jobs/worker-heartbeats.queries';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { derivedRoot } from '@/lib/storage/storage';
import { createAsset } from '../support/asset-factory';
import { createUser, request, signIn } from '../support/factories';
import { copyCorpus, corpusDir, createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';

const PHOTOS = ['Landscape_0.jpg', 'Landscape_1.jpg', 'Landscape_2.jpg'];
let adminCookie: string;
let libraryId: string;
let originalBytes = 0;
let overview: AdminOverview;

const monthOf = (d: Date) => d.toISOString().slice(0, 7);

beforeAll(async () => {
  const admin = await createUser({ role: 'admin' });
  adminCookie = (await signIn(admin.id)).cookie;
  const disabled = await createUser();
  await prisma().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
  const invite = (expiresAt: Date, usedAt: Date | null = null) =>
    prisma().invite.create({ data: { tokenHash: randomBytes(16).toString('hex'), createdById: admin.id, expiresAt, usedAt } });
  await invite(new Date(Date.now() + 86_400_000)); // pending
  await invite(new Date(Date.now() - 1000)); // expired
  await invite(new Date(Date.now() + 86_400_000), new Date()); // used

  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-overview-'));
  for (const photo of PHOTOS) await cp(path.join(corpusDir, 'photos/orientation', photo), path.join(root, photo));
  await cp(path.join(corpusDir, 'videos/echo-hereweare.webm'), path.join(root, 'echo.webm'));
  for (const file of [...PHOTOS, 'echo.webm']) originalBytes += (await stat(path.join(root, file))).size;
  libraryId = (await createLibraryRow(admin.id, root)).id;
  await scanLibrary(libraryId);
  await runQueuedJobs();

  // A library whose disk went away.
  const gone = await copyCorpus('photos/orientation');
  await createLibraryRow(admin.id, gone);
  await rm(gone, { recursive: true });

  // An asset added five months ago: the growth chart shows the quiet months between as zeros.
  const old = await createAsset({ ownerId: admin.id, libraryId }, { local: '2020-01-01 12:00:00', relPath: 'old/photo.jpg' });
  await prisma().$executeRaw`UPDATE assets SET created_at = date_trunc('month', now()) - interval '5 months' + interval '3 days' WHERE id = ${old}::uuid`;

  // The queue: three waiting library scans, one waiting thumbnail job, one scheduled for later,
  // one running on a worker that heartbeats; failures today and two days ago.
  // A job that failed during the ingest above waits for its retry (run_at a few seconds ahead)
  // on a slow machine and would count as scheduled: the queue below is exactly this test's own.
  await prisma().$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE run_at > now() AND locked_at IS NULL`;
  for (let i = 0; i < 3; i++) await prisma().$executeRaw`SELECT graphile_worker.add_job('library:scan', json_build_object('libraryId', ${libraryId}::text), job_key => ${`overview-scan-${i}`})`;
  await prisma().$executeRaw`SELECT graphile_worker.add_job('asset:ingest', '{}'::json)`;
  await prisma().$executeRaw`SELECT graphile_worker.add_job('auth:cleanup-tokens', '{}'::json, run_at => now() + interval '1 hour')`;
  await prisma().$executeRaw`SELECT graphile_worker.add_job('mail:send', '{}'::json, job_key => 'overview-running')`;
  await recordHeartbeat(['overview-worker'], { hostname: 'photos-box', pid: 4242, concurrency: 3, flags: ['no-ml'] });
  await prisma().$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'overview-worker' WHERE key = 'overview-running'`;
  await prisma().jobFailure.create({ data: { task: 'asset:ingest', payload: {}, attempt: 1, message: 'broken file' } });
  await prisma().jobFailure.create({ data: { task: 'asset:ingest', payload: {}, attempt: 1, message: 'old', createdAt: new Date(Date.now() - 2 * 86_400_000) } });

  const res = await overviewRoute(request('/api/admin/overview', { cookie: adminCookie }), { params: Promise.resolve({}) });
  expect(res.status).toBe(200);
  overview = await res.json();
}, 300_000);

describe('GET /api/admin/overview', () => {
  it('counts accounts, administrators, disabled accounts and invitations still open', () => {
    expect(overview.users).toEqual({ total: 2, admins: 1, disabled: 1, pendingInvites: 1 });
  });

  it('lists the library with its photos, video, bytes of originals and last scan, and a vanished folder as offline', () => {
    const [scanned, gone] = overview.libraries;
    expect(scanned).toMatchObject({ id: libraryId, photos: PHOTOS.length + 1, videos: 1, online: true });
    expect(scanned.bytes).toBe(originalBytes + 1000); // the factory's older asset says 1000 bytes
    expect(Date.now() - Date.parse(scanned.lastScannedAt!)).toBeLessThan(10 * 60_000);
    expect(gone).toMatchObject({ photos: 0, videos: 0, bytes: 0, online: false, lastScannedAt: null });
  });

  it('adds up derived storage per kind from the files the ingest wrote', async () => {
    const rows = await prisma().derived.findMany({ where: { asset: { libraryId } } });
    const thumbs = overview.derivedByKind.find((k) => k.kind === 'thumb')!;
    expect(thumbs.files).toBe(PHOTOS.length + 1); // every ingested photo and the video
    const onDisk = await Promise.all(rows.filter((r) => r.kind === 'thumb').map(async (r) => (await stat(path.join(derivedRoot(), r.storageKey))).size));
    expect(thumbs.bytes).toBe(onDisk.reduce((s, n) => s + n, 0));
    // Photos' thumbnails and previews, the video's seek sprite and teasers (its poster is its thumbnail).
    expect(overview.derivedByKind.map((k) => k.kind)).toEqual(expect.arrayContaining(['thumb', 'preview', 'sprite', 'vtt', 'teaser_sm', 'teaser_lg']));
    const total = overview.derivedByKind.reduce((s, k) => s + k.bytes, 0);
    expect(total).toBe(rows.reduce((s, r) => s + r.bytes, 0));
    expect(overview.derivedByKind.map((k) => k.bytes)).toEqual([...overview.derivedByKind.map((k) => k.bytes)].sort((a, b) => b - a));
  });

  it('shows the queue: running, waiting by task, scheduled, and only the last day of failures', () => {
    expect(overview.queue.running).toBe(1);
    // The ingest also queued ML analysis, which this test's --no-ml runner leaves waiting.
    expect(overview.queue.waiting).toEqual(expect.arrayContaining([
      { task: 'library:scan', jobs: 3 },
      { task: 'asset:ingest', jobs: 1 },
    ]));
    expect(overview.queue.waiting.map((w) => w.jobs)).toEqual([...overview.queue.waiting.map((w) => w.jobs)].sort((a, b) => b - a));
    expect(overview.queue.scheduled).toBe(1);
    expect(overview.queue.failedLastDay).toBe(1);
  });

  it('lists the worker with its flags, a fresh heartbeat and the job it holds', () => {
    expect(overview.workers).toEqual([
      expect.objectContaining({ hostname: 'photos-box', pid: 4242, concurrency: 3, flags: ['no-ml'], fresh: true, runningJobs: 1 }),
    ]);
    expect(overview.workers[0].heartbeatAgeSeconds).toBeLessThan(60);
  });

  it('counts the assets ingested this hour, in the last of 24 hourly entries', () => {
    expect(overview.throughput.hours).toHaveLength(24);
    expect(overview.throughput.lastHour).toBe(PHOTOS.length + 1);
    expect(overview.throughput.hours.at(-1)!.assets + overview.throughput.hours.at(-2)!.assets).toBe(PHOTOS.length + 1);
  });

  it('charts growth by month added: the old asset five months back, zeros between, this month’s ingest', () => {
    const thisMonth = monthOf(new Date());
    expect(overview.growth).toHaveLength(6);
    expect(overview.growth[0]).toMatchObject({ photos: 1, videos: 0, originalBytes: 1000, derivedBytes: 0 });
    expect(overview.growth.slice(1, 5).every((m) => m.photos + m.videos === 0)).toBe(true);
    expect(overview.growth[5]).toMatchObject({ month: thisMonth, photos: PHOTOS.length, videos: 1, originalBytes });
    expect(overview.growth[5].derivedBytes).toBe(overview.derivedByKind.reduce((s, k) => s + k.bytes, 0));
  });
});

describe('the live part', () => {
  it('answers only the queue, workers and throughput', async () => {
    const res = await overviewRoute(request('/api/admin/overview?part=live', { cookie: adminCookie }), { params: Promise.resolve({}) });
    const live: LiveOverview = await res.json();
    expect(Object.keys(live).sort()).toEqual(['generatedAt', 'queue', 'throughput', 'workers']);
    expect(live.queue.running).toBe(1);
  });

  it('refuses an unknown part with a 422 naming the field', async () => {
    const res = await overviewRoute(request('/api/admin/overview?part=everything', { cookie: adminCookie }), { params: Promise.resolve({}) });
    expect(res.status).toBe(422);
    expect((await res.json()).error.details.fieldErrors.part).toBeDefined();
  });

  it('is what the page renders too', async () => {
    const whole = (await getAdminOverview('all')) as AdminOverview;
    expect(whole.libraries.map((l) => l.id)).toContain(libraryId);
  });
});
