// library:scan + asset:ingest over real corpus files, with the real task handlers run by
// graphile-worker: every photo ends ready (upright derived files, taken-at, dimensions) or
// failed with a reason; rerunning changes nothing; a vanished file goes offline and comes back.
import { readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestAsset } from '@/lib/assets/ingest-asset';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { isPhotoFile } from '@/lib/media/media-types';
import { prisma } from '@/lib/server/db';
import { derivedFileExists } from '../support/derived-files';
import { createUser } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';

let root: string;
let libraryId: string;

async function photoFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && isPhotoFile(e.name)).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

beforeAll(async () => {
  root = await copyCorpus('photos/orientation', 'photos/exif-samples/jpg');
  const owner = await createUser();
  libraryId = (await createLibraryRow(owner.id, root)).id;
  await scanLibrary(libraryId);
  await runQueuedJobs();
}, 180_000);

describe('scan and ingest of real photos', () => {
  it('indexes every photo file once, and each ends ready or failed with a reason', async () => {
    const assets = await prisma().asset.findMany({ where: { libraryId }, include: { derived: true } });
    expect(assets.map((a) => a.relPath).sort()).toEqual((await photoFiles(root)).sort());
    for (const a of assets) {
      if (a.ingestStatus === 'failed') {
        expect(a.ingestError, a.relPath).toMatch(/\w{4,}/);
        continue;
      }
      expect(a.ingestStatus, a.relPath).toBe('ready');
      expect(a.derived.map((d) => d.kind).sort(), a.relPath).toEqual(['preview', 'thumb']);
      for (const d of a.derived) expect(await derivedFileExists(d.storageKey), `${a.relPath} ${d.kind}`).toBe(true);
      expect(a.thumbhash?.length, a.relPath).toBeGreaterThan(5);
      expect(a.checksum?.length, a.relPath).toBe(20);
    }
    expect(assets.filter((a) => a.ingestStatus === 'ready').length).toBeGreaterThan(80);
  });

  it('stores display dimensions after orientation, and upright thumbnails', async () => {
    for (const shape of ['Landscape', 'Portrait']) {
      for (let n = 0; n <= 8; n++) {
        const relPath = `photos/orientation/${shape}_${n}.jpg`;
        const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath }, include: { derived: true } });
        expect(asset.ingestStatus, relPath).toBe('ready');
        expect(shape === 'Landscape' ? asset.width! > asset.height! : asset.height! > asset.width!, relPath).toBe(true);
        const thumb = asset.derived.find((d) => d.kind === 'thumb')!;
        expect(shape === 'Landscape' ? thumb.width > thumb.height : thumb.height > thumb.width, relPath).toBe(true);
        expect(Math.min(thumb.width, thumb.height), relPath).toBe(250);
      }
    }
  });

  it('takes the date from EXIF when the file has it, else from the file time', async () => {
    const canon = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: 'photos/exif-samples/jpg/Canon_40D.jpg' } });
    expect(canon.takenAtSource).toBe('exif');
    expect(canon.takenAtLocal.toISOString()).toBe('2008-05-30T15:56:01.000Z');
    const exif = await prisma().exif.findUniqueOrThrow({ where: { assetId: canon.id } });
    expect(exif.make).toBe('Canon');
    expect(exif.model).toBe('Canon EOS 40D');

    const gps = await prisma().asset.findMany({ where: { libraryId, relPath: { startsWith: 'photos/exif-samples/jpg/gps/' } }, include: { exif: true } });
    expect(gps.length).toBeGreaterThan(0);
    for (const a of gps) {
      expect(a.exif?.latitude, a.relPath).toBeTypeOf('number');
      expect(Math.abs(a.exif!.latitude!)).toBeLessThanOrEqual(90);
      expect(Math.abs(a.exif!.longitude!)).toBeLessThanOrEqual(180);
    }
  });

  it('a rescan of an unchanged folder queues nothing and changes no row', async () => {
    const before = await prisma().asset.findMany({ where: { libraryId }, orderBy: { id: 'asc' }, select: { id: true, updatedAt: true } });
    const summary = await scanLibrary(libraryId);
    expect(summary).toEqual({ seen: before.length, added: 0, changed: 0, offline: 0, restored: 0, queued: 0, unsupported: 0 });
    const jobs = await prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'asset:ingest'`;
    expect(Number(jobs[0].n)).toBe(0);
    const after = await prisma().asset.findMany({ where: { libraryId }, orderBy: { id: 'asc' }, select: { id: true, updatedAt: true } });
    expect(after).toEqual(before);
  });

  it('ingesting the same asset twice leaves the same rows and files', async () => {
    const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: 'photos/orientation/Landscape_6.jpg' } });
    expect(await ingestAsset(asset.id)).toBe('ready');
    expect(await ingestAsset(asset.id)).toBe('ready');
    const derived = await prisma().derived.findMany({ where: { assetId: asset.id } });
    expect(derived).toHaveLength(2);
    const thumb = derived.find((d) => d.kind === 'thumb')!;
    const meta = await sharp(path.join(process.env.DATA_DIR!, 'derived', thumb.storageKey)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', thumb.width, thumb.height]);
  });

  it('marks a vanished file offline and brings it back when it returns, keeping its id', async () => {
    const relPath = 'photos/exif-samples/jpg/Nikon_D70.jpg';
    const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath } });
    const full = path.join(root, relPath);
    await rename(full, `${full}.away`);
    expect((await scanLibrary(libraryId))?.offline).toBe(1);
    expect((await prisma().asset.findUniqueOrThrow({ where: { id: asset.id } })).status).toBe('offline');

    await rename(`${full}.away`, full);
    const summary = await scanLibrary(libraryId);
    expect(summary).toMatchObject({ queued: 0, restored: 1 });
    const back = await prisma().asset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(back.status).toBe('online');
    expect(back.ingestStatus).toBe('ready');
    expect((await stat(full)).isFile()).toBe(true);
  });
});
