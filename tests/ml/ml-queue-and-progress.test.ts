// The analysis as an administrator runs it: an ingest queues ml:analyze (flag `ml`); a worker
// started with --no-ml ingests but never takes it (a later, lower-priority job it does run proves
// it passed the analysis by); a normal worker analyses. A library analysed before (rows gone) shows
// in /admin → Jobs as never queued; "Queue missing" queues it and the counts reach the total;
// `npm run shoebox -- ml` does the same from the shell, running the jobs itself with no worker.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as progressRoute, POST as queueRoute } from '@/app/api/admin/ml-analysis/route';
import { requestLibraryScan } from '@/lib/libraries/request-library-scan';
import type { MlProgress } from '@/lib/ml/ml.schemas';
import { prisma } from '@/lib/server/db';
import { taskList } from '@/worker/task-list';
import { createUser, params, request, signIn } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';
import { startWorkerProcess, waitFor, type WorkerProcess } from '../support/worker-process';

const run = promisify(execFile);
const FILES = ['photos/orientation/Landscape_1.jpg', 'photos/orientation/Portrait_3.jpg'];
const workers: WorkerProcess[] = [];
let libraryId: string;
let adminCookie: string;

afterAll(async () => {
  for (const w of workers) await w.stop('SIGKILL');
});

beforeAll(async () => {
  const admin = await createUser({ role: 'admin' });
  adminCookie = (await signIn(admin.id)).cookie;
  libraryId = (await createLibraryRow(admin.id, await copyCorpus(...FILES))).id;
}, 60_000);

const analysisJobs = () =>
  prisma().$queryRaw<{ key: string; attempts: number; locked_by: string | null; flags: Record<string, boolean> | null }[]>`
    SELECT key, attempts, locked_by, flags FROM graphile_worker.jobs WHERE task_identifier = 'ml:analyze' ORDER BY key`;

async function progress(): Promise<MlProgress> {
  const res = await progressRoute(request('/api/admin/ml-analysis', { cookie: adminCookie }), params({}));
  expect(res.status).toBe(200);
  return res.json();
}
const partDone = (p: MlProgress, name: string) => p.parts.find((part) => part.name === name)?.done;

describe('ml:analyze and the --no-ml worker', () => {
  it('is queued by every ingest, left alone by a --no-ml worker and run by a normal one', async () => {
    await requestLibraryScan(libraryId);
    const noMl = startWorkerProcess(['--no-ml']);
    workers.push(noMl);
    await waitFor(async () => (await prisma().asset.count({ where: { libraryId, ingestStatus: 'ready' } })) === FILES.length, 'the --no-ml worker to ingest both photos');
    const assets = await prisma().asset.findMany({ where: { libraryId } });
    const jobs = await analysisJobs();
    expect(jobs.map((j) => j.key).sort()).toEqual(assets.map((a) => `ml:analyze:${a.id}`).sort());
    expect(jobs.every((j) => j.flags?.ml === true)).toBe(true);

    // A job ordered after the analyses (priority 40 > ml's 30): once the worker has run it, it
    // has looked at the analysis jobs and refused them.
    await prisma().$executeRaw`SELECT graphile_worker.add_job('timeline:refresh-counts', '{}'::json, priority := 40, job_key := 'ml-test-witness')`;
    await waitFor(async () => (await prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = 'ml-test-witness'`)[0].n === 0n, 'the witness job to run');
    expect((await analysisJobs()).map((j) => ({ attempts: j.attempts, locked_by: j.locked_by }))).toEqual(FILES.map(() => ({ attempts: 0, locked_by: null })));
    expect(await prisma().analysis.count({ where: { assetId: { in: assets.map((a) => a.id) } } })).toBe(0);
    await noMl.stop();

    const everything = startWorkerProcess();
    workers.push(everything);
    await waitFor(async () => (await prisma().analysis.count({ where: { assetId: { in: assets.map((a) => a.id) }, quality: { not: null } } })) === FILES.length, 'a normal worker to analyse both photos');
    await waitFor(async () => (await analysisJobs()).length === 0, 'the analysis jobs to finish');
    await everything.stop();
    const p = await progress();
    expect(partDone(p, 'colours')).toBe(p.total);
    expect(partDone(p, 'quality')).toBe(p.total);
    expect(p.missing).toBe(0);
  }, 300_000);
});

describe('backfill', () => {
  it('/admin shows analyses missing; "Queue missing" queues them once and the counts reach the total', async () => {
    await prisma().analysis.deleteMany({});
    const before = await progress();
    expect(before.total).toBe(FILES.length);
    expect(before.parts.slice(0, 2)).toEqual([
      { name: 'colours', done: 0, waiting: null },
      { name: 'quality', done: 0, waiting: null },
    ]);
    expect(before.missing).toBe(FILES.length);

    const queue = () => queueRoute(request('/api/admin/ml-analysis', { method: 'POST', cookie: adminCookie }), params({}));
    expect(await (await queue()).json()).toEqual({ queued: FILES.length });
    expect(await (await queue()).json()).toEqual({ queued: 0 }); // already queued: not twice
    const queued = await progress();
    expect(queued).toMatchObject({ missing: 0, jobs: { queued: FILES.length, running: 0, failed: 0 } });

    await runTasks({ 'ml:analyze': taskList['ml:analyze'] });
    const after = await progress();
    expect(partDone(after, 'colours')).toBe(FILES.length);
    expect(partDone(after, 'quality')).toBe(FILES.length);
    expect(after.jobs).toEqual({ queued: 0, running: 0, failed: 0 });
  }, 120_000);

  it('npm run shoebox -- ml queues and runs the missing analyses with no worker, then reports per part', async () => {
    await prisma().analysis.deleteMany({});
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/shoebox.ts', 'ml'], { env: process.env });
    expect(stdout).toContain(`Queued the analysis of ${FILES.length} assets.`);
    expect(stdout).toContain(`colours: ${FILES.length} of ${FILES.length} analysed`);
    expect(stdout).toContain(`quality: ${FILES.length} of ${FILES.length} analysed`);
    expect(await prisma().analysis.count({ where: { coloursAt: { not: null }, quality: { not: null } } })).toBe(FILES.length);
  }, 120_000);
});
