// What starts scans and what dates photos, beyond the basics: the folder watcher, repeated
// "Scan now" clicks, schedules, sidecar and file-name dates, symlink loops, and the CLI.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LibraryWatchers } from '@/lib/libraries/library-watchers';
import { queueDueScans } from '@/lib/libraries/queue-due-scans';
import { requestLibraryScan } from '@/lib/libraries/request-library-scan';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { createUser } from '../support/factories';
import { corpusDir, createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';
import { waitFor } from '../support/worker-process';

const run = promisify(execFile);

async function emptyLibrary() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-auto-'));
  const owner = await createUser();
  const library = await createLibraryRow(owner.id, root);
  return { root, library };
}

const scanJobs = (libraryId: string) =>
  prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE queue_name = ${`library-scan:${libraryId}`}`.then((r) => Number(r[0].n));

describe('what starts a scan', () => {
  it('a watched folder queues one scan after files change', async () => {
    const { root, library } = await emptyLibrary();
    await prisma().library.update({ where: { id: library.id }, data: { watch: true } });
    const watchers = new LibraryWatchers();
    await watchers.refresh();
    try {
      await mkdir(path.join(root, 'new'));
      await cp(path.join(corpusDir, 'photos/exif-samples/jpg/Canon_40D.jpg'), path.join(root, 'new/a.jpg'));
      await cp(path.join(corpusDir, 'photos/exif-samples/jpg/Nikon_D70.jpg'), path.join(root, 'new/b.jpg'));
      await waitFor(async () => (await scanJobs(library.id)) > 0, 'a scan queued by the watcher', 20_000);
      expect(await scanJobs(library.id)).toBe(1);
    } finally {
      watchers.stopAll();
    }
  });

  it('repeated "Scan now" clicks fold into one queued scan', async () => {
    const { library } = await emptyLibrary();
    await requestLibraryScan(library.id);
    await requestLibraryScan(library.id);
    await requestLibraryScan(library.id);
    expect(await scanJobs(library.id)).toBe(1);
  });

  it('a schedule queues one scan per due time, however often it is checked', async () => {
    const { library } = await emptyLibrary();
    await prisma().library.update({ where: { id: library.id }, data: { scanSchedule: '0 3 * * *', createdAt: new Date('2026-01-01T00:00:00Z') } });
    const at = new Date('2026-01-02T12:00:00Z');
    expect(await queueDueScans(at)).toEqual([library.id]);
    expect(await queueDueScans(at)).toEqual([]);
    expect(await scanJobs(library.id)).toBe(1);
  });
});

describe('dates and folders', () => {
  it('takes the date from an XMP sidecar, then from the file name, when the photo has no EXIF date', async () => {
    const { root, library } = await emptyLibrary();
    const plain = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a6' } }).jpeg().toBuffer();
    await writeFile(path.join(root, 'scan-001.jpg'), plain);
    await writeFile(
      path.join(root, 'scan-001.jpg.xmp'),
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:DateTimeOriginal="1994-06-12T18:30:00+02:00"/></rdf:RDF></x:xmpmeta>',
    );
    await writeFile(path.join(root, 'IMG_20180725_163423.jpg'), plain);
    await scanLibrary(library.id);
    await runQueuedJobs();
    const sidecar = await prisma().asset.findFirstOrThrow({ where: { libraryId: library.id, relPath: 'scan-001.jpg' } });
    expect([sidecar.takenAtSource, sidecar.takenAtLocal.toISOString(), sidecar.takenAtUtc?.toISOString()]).toEqual([
      'xmp',
      '1994-06-12T18:30:00.000Z',
      '1994-06-12T16:30:00.000Z',
    ]);
    const named = await prisma().asset.findFirstOrThrow({ where: { libraryId: library.id, relPath: 'IMG_20180725_163423.jpg' } });
    expect([named.takenAtSource, named.takenAtLocal.toISOString()]).toEqual(['filename', '2018-07-25T16:34:23.000Z']);
  });

  it('walks a folder with a symlink loop without hanging, each file once', async () => {
    const { root, library } = await emptyLibrary();
    await mkdir(path.join(root, 'a/b'), { recursive: true });
    await cp(path.join(corpusDir, 'photos/exif-samples/jpg/Canon_40D.jpg'), path.join(root, 'a/b/x.jpg'));
    await symlink(path.join(root, 'a'), path.join(root, 'a/b/back-to-a'));
    const counts = await scanLibrary(library.id);
    expect(counts?.seen).toBe(1);
  });
});

describe('npm run shoebox -- scan', () => {
  it('scans and ingests a library by name from the shell when no worker runs', async () => {
    const { root, library } = await emptyLibrary();
    await prisma().library.update({ where: { id: library.id }, data: { name: 'Shell Test' } });
    await cp(path.join(corpusDir, 'photos/orientation/Portrait_3.jpg'), path.join(root, 'p.jpg'));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/shoebox.ts', 'scan', 'Shell Test'], { env: process.env });
    expect(stdout).toContain('Scanning "Shell Test"');
    expect(stdout).toMatch(/1 ready/);
    const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId: library.id } });
    expect(asset.ingestStatus).toBe('ready');

    const missing = await run(process.execPath, ['--import', 'tsx', 'scripts/shoebox.ts', 'scan', 'Nope'], { env: process.env }).catch((e: { code: number; stderr: string }) => e);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('No library "Nope"') });
  });
});
