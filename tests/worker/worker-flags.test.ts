// The worker's --no-video flag is real: a video's ingest carries the `video` job flag, and a
// worker started with --no-video (graphile-worker's forbiddenFlags) never takes it, while it
// ingests the photos beside it. A worker without the flag then ingests the video.
import { afterAll, describe, expect, it } from 'vitest';
import { requestLibraryScan } from '@/lib/libraries/request-library-scan';
import { prisma } from '@/lib/server/db';
import { createUser } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { startWorkerProcess, waitFor, type WorkerProcess } from '../support/worker-process';

const workers: WorkerProcess[] = [];
afterAll(async () => {
  for (const w of workers) await w.stop('SIGKILL');
});

async function ingestJobOf(assetId: string) {
  const [row] = await prisma().$queryRaw<{ attempts: number; locked_by: string | null; flags: Record<string, boolean> | null }[]>`
    SELECT attempts, locked_by, flags FROM graphile_worker.jobs
    WHERE key = ${`asset:ingest:${assetId}`}`;
  return row;
}

describe('a worker started with --no-video', () => {
  it('ingests the photo, never takes the video; a normal worker then ingests the video', async () => {
    const root = await copyCorpus('photos/orientation/Landscape_1.jpg', 'videos/androidx/mkv_sample_with_chapters.mkv');
    const owner = await createUser();
    const library = await createLibraryRow(owner.id, root);
    await requestLibraryScan(library.id);

    const photoOnly = startWorkerProcess(['--no-video']);
    workers.push(photoOnly);
    const photo = await waitFor(
      () => prisma().asset.findFirst({ where: { libraryId: library.id, type: 'photo', ingestStatus: 'ready' } }),
      'the --no-video worker to ingest the photo',
    );
    expect(photo.relPath).toBe('photos/orientation/Landscape_1.jpg');

    // The photo's job was queued in the same transaction as the video's, and is done: the
    // worker has had the video's job in front of it and left it untouched.
    const video = await prisma().asset.findFirstOrThrow({ where: { libraryId: library.id, type: 'video' } });
    expect(video.ingestStatus).toBe('pending');
    const job = await ingestJobOf(video.id);
    expect(job).toMatchObject({ attempts: 0, locked_by: null, flags: { video: true } });
    const beats = await prisma().workerHeartbeat.findMany({ where: { pid: photoOnly.child.pid! } });
    expect(beats.length).toBeGreaterThan(0);
    expect(beats.every((b) => b.flags.includes('no-video'))).toBe(true);
    await photoOnly.stop();

    const everything = startWorkerProcess();
    workers.push(everything);
    const ingested = await waitFor(
      () => prisma().asset.findFirst({ where: { id: video.id, ingestStatus: { in: ['ready', 'failed'] } } }),
      'a normal worker to ingest the video',
    );
    expect(ingested.ingestStatus).toBe('ready');
    expect(ingested.durationMs).toBeGreaterThan(0);
  });
});
