// A date set by hand survives what the worker does to the file later: a rescan that sees the
// file changed and re-ingests it, a re-ingest on its own, and a replacement that cannot be
// decoded. The date the file gives goes to the stored original instead, so "Revert" brings
// back what the file says now. (Real corpus photo, real scanner and ingest task.)
import { copyFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestAsset } from '@/lib/assets/ingest-asset';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { corpusPath } from '../support/corpus';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';
import { getBucket } from '../timeline/helpers';
import { changeDate, details, revertDate, signedInOwner } from './helpers';

const CANON = 'photos/exif-samples/jpg/Canon_40D.jpg'; // EXIF DateTimeOriginal 2008:05:30 15:56:01

async function ingestedPhoto() {
  const { user, cookie } = await signedInOwner();
  const root = await copyCorpus(CANON);
  const library = await createLibraryRow(user.id, root);
  await scanLibrary(library.id);
  await runQueuedJobs();
  const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId: library.id } });
  expect(asset.ingestStatus).toBe('ready');
  return { cookie, id: asset.id, libraryId: library.id, file: path.join(root, CANON) };
}

describe('an edited date and the worker', () => {
  it('stays through a rescan of the changed file and a re-ingest; revert gives the file’s date back', async () => {
    const { cookie, id, libraryId, file } = await ingestedPhoto();
    expect(await details(cookie, id)).toMatchObject({ takenAtLocal: '2008-05-30T15:56:01.000', takenAtSource: 'exif', dateEdited: null });
    expect((await changeDate(cookie, id, { mode: 'set', dateTime: '2019-04-01T09:00', offset: '+01:00' })).status).toBe(200);

    // The file is touched (edited in another program): the scan queues a full re-ingest.
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    expect((await scanLibrary(libraryId))?.changed).toBe(1);
    await runQueuedJobs();
    const after = await details(cookie, id);
    expect(after).toMatchObject({ ingestStatus: 'ready', takenAtLocal: '2019-04-01T09:00:00.000', takenAtUtc: '2019-04-01T08:00:00.000Z', takenAtSource: 'manual' });
    expect(after.dateEdited?.original).toEqual({ takenAtLocal: '2008-05-30T15:56:01.000', takenAtUtc: null, takenAtSource: 'exif' });
    expect((await getBucket(cookie, '2019-04')).id).toEqual([id]);

    // The re-ingest writes what the file says now into the stored original.
    await prisma().assetDateEdit.update({ where: { assetId: id }, data: { originalTakenAtLocal: new Date('1999-01-01T00:00:00Z') } });
    expect(await ingestAsset(id)).toBe('ready');
    expect((await details(cookie, id)).dateEdited?.original.takenAtLocal).toBe('2008-05-30T15:56:01.000');
    expect((await details(cookie, id)).takenAtLocal).toBe('2019-04-01T09:00:00.000');

    const reverted = await (await revertDate(cookie, id)).json();
    expect(reverted).toMatchObject({ takenAtLocal: '2008-05-30T15:56:01.000', takenAtUtc: null, takenAtSource: 'exif', dateEdited: null });
    expect((await getBucket(cookie, '2008-05')).id).toEqual([id]);
    expect((await getBucket(cookie, '2019-04')).id).toEqual([]);
    // And a re-ingest after the revert writes the file's date as before.
    expect(await ingestAsset(id)).toBe('ready');
    expect((await details(cookie, id)).takenAtSource).toBe('exif');
  });

  it('stays when the file is replaced by one that cannot be decoded (the asset fails, the date is the owner’s)', async () => {
    const { cookie, id, file } = await ingestedPhoto();
    await changeDate(cookie, id, { mode: 'set', dateTime: '1995-12-24T18:00' });
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(200, 7)]));
    expect(await ingestAsset(id)).toBe('failed');
    const shown = await details(cookie, id);
    expect(shown).toMatchObject({ ingestStatus: 'failed', takenAtLocal: '1995-12-24T18:00:00.000', takenAtSource: 'manual' });
    // The broken file has no EXIF: its modification time is what it says now.
    expect(shown.dateEdited?.original.takenAtSource).toBe('mtime');
    // The good file comes back: so does its EXIF date as the original.
    await copyFile(corpusPath(CANON), file);
    expect(await ingestAsset(id)).toBe('ready');
    expect((await details(cookie, id)).dateEdited?.original).toEqual({ takenAtLocal: '2008-05-30T15:56:01.000', takenAtUtc: null, takenAtSource: 'exif' });
  });
});
