// kill -9 of a worker in the middle of an ingest, then a new worker: the jobs the dead one
// held are released by the sweeper and everything finishes exactly once — no duplicate
// assets, no asset left pending, every derived file present.
import { readdir } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { requestLibraryScan } from '@/lib/libraries/request-library-scan';
import { isPhotoFile } from '@/lib/media/media-types';
import { isWebSafeImage } from '@/lib/media/media-types';
import { prisma } from '@/lib/server/db';
import { derivedFileExists } from '../support/derived-files';
import { createUser } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { startWorkerProcess, waitFor, type WorkerProcess } from '../support/worker-process';

const workers: WorkerProcess[] = [];
afterAll(async () => {
  for (const w of workers) await w.stop('SIGKILL');
});

async function lockedJobs(): Promise<number> {
  const [row] = await prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE locked_at IS NOT NULL`;
  return Number(row.n);
}

describe('a worker killed with -9', () => {
  it('has its jobs taken over by the next worker, each asset done exactly once', async () => {
    const root = await copyCorpus('photos');
    const owner = await createUser();
    const library = await createLibraryRow(owner.id, root);
    await requestLibraryScan(library.id);

    const first = startWorkerProcess();
    workers.push(first);
    await waitFor(async () => {
      const ready = await prisma().asset.count({ where: { libraryId: library.id, ingestStatus: 'ready' } });
      return ready >= 10 && (await lockedJobs()) > 0;
    }, 'the first worker to be mid-ingest');
    // A live worker heartbeats under its own pid (else others' sweepers would take its jobs).
    const beats = await prisma().workerHeartbeat.findMany({ where: { pid: first.child.pid! } });
    expect(beats.length).toBeGreaterThan(0);
    await first.stop('SIGKILL');
    const stranded = await lockedJobs();
    expect(stranded).toBeGreaterThan(0);

    const second = startWorkerProcess();
    workers.push(second);
    await waitFor(async () => {
      const [row] = await prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier IN ('library:scan', 'asset:ingest')`;
      const pending = await prisma().asset.count({ where: { libraryId: library.id, ingestStatus: 'pending' } });
      return Number(row.n) === 0 && pending === 0;
    }, 'the second worker to finish every job', 150_000);

    const entries = await readdir(root, { withFileTypes: true, recursive: true });
    const files = entries.filter((e) => e.isFile() && isPhotoFile(e.name) && !e.name.startsWith('.'));
    const assets = await prisma().asset.findMany({ where: { libraryId: library.id }, include: { derived: true } });
    expect(assets).toHaveLength(files.length);
    expect(new Set(assets.map((a) => a.relPath)).size).toBe(files.length);
    for (const a of assets.filter((x) => x.ingestStatus === 'ready')) {
      // Formats browsers cannot show (TIFF, HEIC…) also get their full-size rendition.
      const expected = isWebSafeImage(a.mime) ? ['preview', 'thumb'] : ['full', 'preview', 'thumb'];
      expect(a.derived.map((d) => d.kind).sort(), a.relPath).toEqual(expected);
      for (const d of a.derived) expect(await derivedFileExists(d.storageKey), `${a.relPath} ${d.kind}`).toBe(true);
    }
    expect(second.output()).toContain('released jobs of workers that stopped heartbeating');
    await second.stop();
  }, 240_000);
});
